package io.mtlbalance.datasets.idx;

import static io.mtlbalance.datasets.testing.HandWrittenIdx.gzip;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.images;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.labels;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.mtlbalance.datasets.DatasetFileException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class IdxReaderTest {

    /** Two 2x3 images: 0..5 and 250..255. */
    private static final byte[] PIXELS = {0, 1, 2, 3, 4, 5, (byte) 250, (byte) 251, (byte) 252, (byte) 253, (byte) 254,
        (byte) 255};

    @TempDir
    Path folder;

    @Test
    void plainImagesReadPixelByPixel() {
        Path file = write(folder.resolve("images"), images(2, 2, 3, PIXELS));

        IdxImages read = IdxReader.readImages(file);

        assertEquals(2, read.count());
        assertEquals(2, read.rows());
        assertEquals(3, read.columns());
        assertEquals(5, read.pixel(0, 1, 2));
        assertEquals(251, read.pixel(1, 0, 1));
        assertEquals(255, read.pixel(1, 1, 2));
    }

    @Test
    void gzipImagesReadLikePlainOnes() {
        Path file = write(folder.resolve("images.gz"), gzip(images(2, 2, 3, PIXELS)));

        IdxImages read = IdxReader.readImages(file);

        assertEquals(2, read.count());
        assertEquals(3, read.pixel(0, 1, 0));
        assertEquals(254, read.pixel(1, 1, 1));
    }

    @Test
    void labelsReadAsUnsignedBytes() {
        Path file = write(folder.resolve("labels.gz"), gzip(labels(new byte[] {7, 0, (byte) 200})));

        IdxLabels read = IdxReader.readLabels(file);

        assertEquals(3, read.count());
        assertEquals(7, read.label(0));
        assertEquals(200, read.label(2));
    }

    @Test
    void emptyImageFileIsValid() {
        Path file = write(folder.resolve("images"), images(0, 28, 28, new byte[0]));

        assertEquals(0, IdxReader.readImages(file).count());
    }

    @Test
    void truncatedPlainFileNamesSizes() {
        byte[] whole = images(2, 2, 3, PIXELS);
        Path file = write(folder.resolve("images"), Arrays.copyOf(whole, whole.length - 1));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertEquals("IDX file " + file + " is truncated: it contains 27 bytes (header included); expected 28 bytes"
                + " for the 2 images of 2x3 its header declares. Obtain a fresh copy of the file.", error.getMessage());
        assertEquals(file.toString(), error.location());
    }

    @Test
    void truncatedGzipDataIsReported() {
        byte[] compressed = gzip(images(2, 2, 3, PIXELS));
        Path file = write(folder.resolve("images.gz"), Arrays.copyOf(compressed, compressed.length - 12));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertTrue(error.getMessage().startsWith("IDX file " + file + " is truncated"), error.getMessage());
    }

    @Test
    void emptyGzipFileIsTruncated() {
        Path file = write(folder.resolve("labels.gz"), new byte[0]);

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readLabels(file));

        assertEquals("IDX file " + file + " is truncated: its compressed data ends early; expected a complete gzip"
                + " stream. Obtain a fresh copy of the file.", error.getMessage());
    }

    @Test
    void truncatedHeaderIsReported() {
        Path file = write(folder.resolve("labels"), new byte[] {0, 0, 8, 1, 0, 0});

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readLabels(file));

        assertEquals("IDX file " + file + " is truncated: it ends inside its header; expected a header of 8 bytes"
                + " followed by the data. Obtain a fresh copy of the file.", error.getMessage());
    }

    @Test
    void labelsFileReadAsImagesHintsAtSwap() {
        Path file = write(folder.resolve("labels"), labels(new byte[] {1, 2}));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertEquals("IDX file " + file + " has magic number 0x00000801; expected 0x00000803 (IDX images: unsigned"
                + " bytes, 3 dimensions). It is an IDX labels file; check that the images and labels files are not"
                + " swapped.", error.getMessage());
    }

    @Test
    void gzipDataWithoutSuffixHintsAtName() {
        Path file = write(folder.resolve("images"), gzip(images(2, 2, 3, PIXELS)));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertTrue(error.getMessage().endsWith("It starts like gzip data; give it a name ending in .gz."),
                error.getMessage());
    }

    @Test
    void plainDataWithGzipSuffixIsCorruptedGzip() {
        Path file = write(folder.resolve("images.gz"), images(2, 2, 3, PIXELS));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertTrue(error.getMessage().startsWith("IDX file " + file + " is not valid gzip data ("), error.getMessage());
        assertTrue(error.getMessage().contains("remove the .gz suffix"), error.getMessage());
    }

    @Test
    void corruptedDeflateStreamIsReported() {
        byte[] compressed = gzip(images(2, 2, 3, PIXELS));
        // Byte 10 is the first byte after the 10-byte gzip header: the deflate block header.
        compressed[10] = (byte) 0xFF;
        Path file = write(folder.resolve("images.gz"), compressed);

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertTrue(error.getMessage().startsWith("IDX file " + file + " is not valid gzip data"), error.getMessage());
    }

    @Test
    void gzipChecksumMismatchIsReported() {
        byte[] compressed = gzip(images(2, 2, 3, PIXELS));
        // The CRC-32 of the uncompressed data sits 8 bytes before the end.
        compressed[compressed.length - 8] ^= 0x01;
        Path file = write(folder.resolve("images.gz"), compressed);

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertTrue(error.getMessage().startsWith("IDX file " + file + " is not valid gzip data"), error.getMessage());
    }

    @Test
    void trailingBytesAreRejected() {
        byte[] whole = images(2, 2, 3, PIXELS);
        Path file = write(folder.resolve("images"), Arrays.copyOf(whole, whole.length + 3));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertEquals("IDX file " + file + " has 3 bytes after the data its header declares (2 images of 2x3);"
                + " expected the file to end after 28 bytes. The file is corrupted or its header is wrong; obtain a"
                + " fresh copy.", error.getMessage());
    }

    @Test
    void negativeDimensionIsRejected() {
        Path file = write(folder.resolve("images"), images(2, -2, 3, new byte[0]));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertEquals("IDX file " + file + " declares dimension 2 as -2; expected a size of at least 0. The header is"
                + " corrupted; obtain a fresh copy.", error.getMessage());
    }

    @Test
    void hugeDimensionsFailBeforeAllocation() {
        Path file = write(folder.resolve("images"), images(Integer.MAX_VALUE, 28, 28, new byte[0]));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertTrue(error.getMessage().contains("declares 2147483647 images of 28x28, more than 2147483639 bytes"),
                error.getMessage());
    }

    @Test
    void hugeDeclaredGzipDataFailsAsTruncated() {
        // 2,000,000,000 declared bytes fit in an array, so only the missing data can stop the read.
        Path file = write(folder.resolve("images.gz"), gzip(images(2_000_000, 1000, 1, PIXELS)));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertEquals("IDX file " + file + " is truncated: it contains 28 bytes (header included); expected 2000000016"
                + " bytes for the 2000000 images of 1000x1 its header declares. Obtain a fresh copy of the file.",
                error.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path file = folder.resolve("absent-images.gz");

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertEquals("IDX file " + file + " not found. Check the path or the data directory.", error.getMessage());
    }

    @Test
    void folderInsteadOfFileIsNamed() throws IOException {
        Path subfolder = Files.createDirectory(folder.resolve("images.gz"));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(subfolder));

        assertEquals("IDX file " + subfolder + " is a folder; expected a file in IDX format.", error.getMessage());
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Path file = write(folder.resolve("images"), images(2, 2, 3, PIXELS));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the test user can read any file (root?), so permissions cannot be tested");

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readImages(file));

        assertEquals("IDX file " + file + " cannot be read: permission denied. Grant read permission to this user.",
                error.getMessage());
    }

    @Test
    void classPathResourceIsRead() throws IOException {
        write(folder.resolve("data/labels.gz"), gzip(labels(new byte[] {4, 2})));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            IdxLabels read = IdxReader.readLabels(IdxSource.resource(loader, "data/labels.gz"));

            assertEquals(2, read.count());
            assertEquals(4, read.label(0));
        }
    }

    @Test
    void missingResourceIsNamed() {
        IdxSource source = IdxSource.resource(getClass().getClassLoader(), "io/mtlbalance/absent.gz");

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> IdxReader.readLabels(source));

        assertEquals("class-path resource io/mtlbalance/absent.gz not found; the mtlbalance-datasets jar on the class"
                + " path is incomplete. Rebuild it.", error.getMessage());
    }

    @Test
    void headerDimensionsAreBigEndian() {
        // 258 is 0x00000102; read little-endian it would be 0x02010000.
        Path file = write(folder.resolve("wide"), images(1, 1, 258, new byte[258]));

        assertEquals(258, IdxReader.readImages(file).columns());
    }
}
