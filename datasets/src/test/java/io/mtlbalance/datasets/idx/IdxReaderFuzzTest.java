package io.mtlbalance.datasets.idx;

import static io.mtlbalance.datasets.testing.HandWrittenIdx.gzip;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.images;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.labels;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mtlbalance.datasets.DatasetFileException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the reader thousands of corrupted variants of small valid IDX files and requires each
 * to read to a consistent result or fail with a {@link DatasetFileException} that names the
 * file. Any other exception, an out-of-memory error or a hang fails the test.
 */
@Timeout(60)
class IdxReaderFuzzTest {

    private static final int FLIP_VARIANTS = 1000;
    private static final int GARBAGE_VARIANTS = 300;

    @TempDir
    Path folder;

    private int accepted;
    private int rejected;

    @Test
    void truncationsAtEveryLength() {
        for (Variant base : baseFiles()) {
            for (int length = 0; length < base.bytes().length; length++) {
                check(base.truncated(length));
            }
        }
        assertTrue(rejected > 0, "no truncation was rejected");
    }

    @Test
    void randomByteFlips() {
        Random random = new Random(20260101L);
        List<Variant> bases = baseFiles();
        for (int i = 0; i < FLIP_VARIANTS; i++) {
            Variant base = bases.get(i % bases.size());
            byte[] bytes = base.bytes().clone();
            int flips = 1 + random.nextInt(3);
            for (int f = 0; f < flips; f++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            }
            check(new Variant(base.name() + " with " + flips + " flipped bytes #" + i, base.fileName(), bytes));
        }
        assertTrue(accepted > 0, "no flip landed in pixel data, so the valid path was never exercised");
        assertTrue(rejected > 0, "no flip was rejected");
    }

    @Test
    void bogusHugeDimensions() {
        int[] bogus = {Integer.MAX_VALUE, 0x7FFF_0000, 0x1000_0000, 1 << 20, 65_536, -1, Integer.MIN_VALUE, 0};
        for (int value : bogus) {
            for (int dimension = 0; dimension < 3; dimension++) {
                byte[] plain = images(3, 4, 5, new byte[60]);
                ByteBuffer.wrap(plain).putInt(4 + 4 * dimension, value);
                check(new Variant("images with dimension " + dimension + " = " + value, "images", plain));
                check(new Variant("gzip images with dimension " + dimension + " = " + value, "images.gz", gzip(plain)));
            }
            byte[] labels = labels(new byte[3]);
            ByteBuffer.wrap(labels).putInt(4, value);
            check(new Variant("labels with count " + value, "labels", labels));
            check(new Variant("gzip labels with count " + value, "labels.gz", gzip(labels)));
        }
    }

    @Test
    void gzipGarbage() {
        Random random = new Random(77L);
        for (int i = 0; i < GARBAGE_VARIANTS; i++) {
            byte[] garbage = new byte[1 + random.nextInt(200)];
            random.nextBytes(garbage);
            if (i % 2 == 0 && garbage.length >= 10) {
                // A well-formed gzip header followed by random deflate data gets further into the inflater.
                System.arraycopy(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}, 0, garbage, 0, 10);
            }
            check(new Variant("gzip garbage #" + i, "images.gz", garbage));
            check(new Variant("plain garbage #" + i, "labels", garbage));
        }
        assertEquals(0, accepted, "random bytes were accepted as IDX data");
    }

    private List<Variant> baseFiles() {
        byte[] pixels = new byte[3 * 4 * 5];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7);
        }
        byte[] imageFile = images(3, 4, 5, pixels);
        byte[] labelFile = labels(new byte[] {3, 1, 4});
        return List.of(
                new Variant("plain images", "images", imageFile),
                new Variant("gzip images", "images.gz", gzip(imageFile)),
                new Variant("plain labels", "labels", labelFile),
                new Variant("gzip labels", "labels.gz", gzip(labelFile)));
    }

    /** Reads the variant as images and as labels; each read must succeed consistently or fail cleanly. */
    private void check(Variant variant) {
        Path file = write(folder.resolve(variant.fileName()), variant.bytes());
        expectCleanOutcome(variant, file, () -> checkConsistent(IdxReader.readImages(file)));
        expectCleanOutcome(variant, file, () -> IdxReader.readLabels(file).copyOfRange(0, 0));
    }

    private void expectCleanOutcome(Variant variant, Path file, Runnable read) {
        try {
            read.run();
            accepted++;
        } catch (DatasetFileException e) {
            rejected++;
            if (!e.getMessage().contains(file.toString())) {
                fail(variant.name() + ": the message does not name the file: " + e.getMessage());
            }
        } catch (Throwable e) {
            fail(variant.name() + ": expected a result or a DatasetFileException, got " + e, e);
        }
    }

    private static void checkConsistent(IdxImages images) {
        byte[] all = images.copyOfRange(0, images.count());
        if ((long) images.count() * images.rows() * images.columns() != all.length) {
            throw new AssertionError("inconsistent images: " + images.count() + " of " + images.rows() + "x"
                    + images.columns() + " with " + all.length + " pixels");
        }
    }

    private record Variant(String name, String fileName, byte[] bytes) {
        Variant truncated(int length) {
            return new Variant(name + " cut to " + length + " bytes", fileName, Arrays.copyOf(bytes, length));
        }
    }
}
