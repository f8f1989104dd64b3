package io.mtlbalance.datasets.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Builds IDX file bytes field by field, independently of the production writer, so that reader
 * tests check the format itself rather than agreement between two halves of the same code.
 */
public final class HandWrittenIdx {

    private HandWrittenIdx() {}

    /** Returns an image file: magic 0x00000803, three big-endian dimensions, then the pixels. */
    public static byte[] images(int count, int rows, int columns, byte[] pixels) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + pixels.length);
        buffer.put(new byte[] {0, 0, 8, 3});
        buffer.putInt(count).putInt(rows).putInt(columns);
        buffer.put(pixels);
        return buffer.array();
    }

    /** Returns a label file: magic 0x00000801, one big-endian dimension, then the labels. */
    public static byte[] labels(byte[] labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length);
        buffer.put(new byte[] {0, 0, 8, 1});
        buffer.putInt(labels.length);
        buffer.put(labels);
        return buffer.array();
    }

    /** Returns {@code data} gzip-compressed. */
    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code content} to {@code file} and returns the file. */
    public static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
