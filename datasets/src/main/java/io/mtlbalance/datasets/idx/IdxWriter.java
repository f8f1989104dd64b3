package io.mtlbalance.datasets.idx;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files of unsigned bytes in the layout {@link IdxReader} reads, gzip-compressed when
 * the file name ends in {@code .gz}. The same content always gives the same bytes, because the
 * JDK's gzip header carries no time stamp. A file is written to a temporary sibling first and
 * then renamed, so an interrupted write leaves no partial file under the final name.
 */
public final class IdxWriter {

    private IdxWriter() {}

    /**
     * Writes images.
     *
     * @param file the target file; an existing file is replaced
     * @param count the number of images, at least 0
     * @param rows the height of each image, at least 0
     * @param columns the width of each image, at least 0
     * @param pixels {@code count * rows * columns} unsigned pixel values, image after image,
     *     row-major
     * @throws IllegalArgumentException if the array length does not match the dimensions
     * @throws IOException if the file cannot be written
     */
    public static void writeImages(Path file, int count, int rows, int columns, byte[] pixels) throws IOException {
        if (count < 0 || rows < 0 || columns < 0 || (long) count * rows * columns != pixels.length) {
            throw new IllegalArgumentException(
                    pixels.length + " pixels do not fill " + count + " images of " + rows + "x" + columns);
        }
        write(file, new int[] {count, rows, columns}, IdxReader.IMAGES_MAGIC, pixels);
    }

    /**
     * Writes labels.
     *
     * @param file the target file; an existing file is replaced
     * @param labels one unsigned byte per example
     * @throws IOException if the file cannot be written
     */
    public static void writeLabels(Path file, byte[] labels) throws IOException {
        write(file, new int[] {labels.length}, IdxReader.LABELS_MAGIC, labels);
    }

    private static void write(Path file, int[] dims, int magic, byte[] data) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (OutputStream stream = open(temporary, file.toString().endsWith(".gz"));
                    DataOutputStream out = new DataOutputStream(stream)) {
                out.writeInt(magic);
                for (int dim : dims) {
                    out.writeInt(dim);
                }
                out.write(data);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        return gzip ? new GZIPOutputStream(out) : out;
    }
}
