package io.mtlbalance.datasets.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mtlbalance.datasets.testing.HandWrittenIdx;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxWriterTest {

    private static final byte[] PIXELS = {1, 2, 3, 4, 5, 6, (byte) 255, 0};

    @TempDir
    Path folder;

    @Test
    void plainImagesMatchHandWrittenBytes() throws IOException {
        Path file = folder.resolve("images");

        IdxWriter.writeImages(file, 2, 2, 2, PIXELS);

        assertArrayEquals(HandWrittenIdx.images(2, 2, 2, PIXELS), Files.readAllBytes(file));
    }

    @Test
    void gzipLabelsDecompressToHandWrittenBytes() throws IOException {
        Path file = folder.resolve("labels.gz");
        byte[] labels = {9, 0, 3};

        IdxWriter.writeLabels(file, labels);

        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertArrayEquals(HandWrittenIdx.labels(labels), in.readAllBytes());
        }
    }

    @Test
    void gzipOutputIsReproducible() throws IOException {
        Path first = folder.resolve("a.gz");
        Path second = folder.resolve("b.gz");

        IdxWriter.writeImages(first, 2, 2, 2, PIXELS);
        IdxWriter.writeImages(second, 2, 2, 2, PIXELS);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void noTemporaryFileRemains() throws IOException {
        IdxWriter.writeLabels(folder.resolve("labels"), new byte[] {1});

        try (var entries = Files.list(folder)) {
            assertEquals(1, entries.count());
        }
        assertFalse(Files.exists(folder.resolve("labels.part")));
    }

    @Test
    void mismatchedPixelCountIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IdxWriter.writeImages(folder.resolve("x"), 3, 2, 2, PIXELS));

        assertEquals("8 pixels do not fill 3 images of 2x2", error.getMessage());
    }
}
