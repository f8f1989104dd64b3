package io.mtlbalance.datasets.multimnist;

import static io.mtlbalance.datasets.testing.HandWrittenIdx.images;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.labels;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mtlbalance.datasets.idx.IdxSource;
import io.mtlbalance.datasets.testing.HandWrittenIdx;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistSubsetTest {

    private static final Path SYSTEM_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");

    @TempDir
    Path folder;

    @Test
    void bundledSplitsHaveDocumentedCounts() {
        assertEquals(6000, FashionMnistSubset.train().count());
        assertEquals(1000, FashionMnistSubset.test().count());
    }

    @Test
    void bundledTrainLabelsCoverAllClasses() {
        int[] counts = classCounts(FashionMnistSubset.train());

        // A balanced split would have 600 per class.
        for (int label = 0; label < 10; label++) {
            assertTrue(counts[label] >= 500, "class " + label + ": " + Arrays.toString(counts));
            assertTrue(counts[label] <= 700, "class " + label + ": " + Arrays.toString(counts));
        }
    }

    @Test
    void bundledTestLabelsCoverAllClasses() {
        int[] counts = classCounts(FashionMnistSubset.test());

        for (int label = 0; label < 10; label++) {
            assertTrue(counts[label] >= 80, "class " + label + ": " + Arrays.toString(counts));
            assertTrue(counts[label] <= 120, "class " + label + ": " + Arrays.toString(counts));
        }
    }

    @Test
    void bundledImagesArePrefixOfSystemFiles() {
        assumeTrue(MnistFiles.missingFiles(SYSTEM_FOLDER).isEmpty(), "Fashion-MNIST is not installed");
        MnistFiles files = MnistFiles.locate(SYSTEM_FOLDER);
        LabelledImages full = LabelledImages.read(files.testImages(), files.testLabels());
        LabelledImages subset = FashionMnistSubset.test();

        for (int index : new int[] {0, 517, 999}) {
            assertEquals(full.label(index), subset.label(index), "label " + index);
            for (int row = 0; row < 28; row++) {
                for (int column = 0; column < 28; column++) {
                    assertEquals(full.pixel(index, row, column), subset.pixel(index, row, column));
                }
            }
        }
    }

    @Test
    void writerCopiesFirstExamples() throws IOException {
        Path source = Files.createDirectory(folder.resolve("source"));
        byte[] trainPixels = HandMadeMnist.pixels(HandMadeMnist.UNIFORM, HandMadeMnist.CORNER, HandMadeMnist.DIM);
        write(source.resolve("train-images-idx3-ubyte.gz"), HandWrittenIdx.gzip(images(3, 28, 28, trainPixels)));
        write(source.resolve("train-labels-idx1-ubyte.gz"), HandWrittenIdx.gzip(labels(new byte[] {1, 4, 0})));
        byte[] testPixels = HandMadeMnist.pixels(HandMadeMnist.STRIPES, HandMadeMnist.DIM);
        write(source.resolve("t10k-images-idx3-ubyte"), images(2, 28, 28, testPixels));
        write(source.resolve("t10k-labels-idx1-ubyte"), labels(new byte[] {7, 0}));
        Path target = folder.resolve("target");

        FashionMnistSubsetWriter.main(new String[] {source.toString(), target.toString(), "2", "1"});

        assertArrayEquals(images(2, 28, 28, Arrays.copyOf(trainPixels, 2 * 784)),
                gunzip(target.resolve("train-images-idx3-ubyte.gz")));
        assertArrayEquals(labels(new byte[] {1, 4}), gunzip(target.resolve("train-labels-idx1-ubyte.gz")));
        assertArrayEquals(images(1, 28, 28, Arrays.copyOf(testPixels, 784)),
                gunzip(target.resolve("t10k-images-idx3-ubyte.gz")));
        assertArrayEquals(labels(new byte[] {7}), gunzip(target.resolve("t10k-labels-idx1-ubyte.gz")));
    }

    @Test
    void writerRejectsTooLargeCount() {
        HandMadeMnist.writeFolder(folder);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FashionMnistSubsetWriter.main(new String[] {folder.toString(), folder + "/out", "3", "1"}));

        assertEquals("requested 3 examples but " + folder.resolve("train-images-idx3-ubyte.gz") + " contains 2 images"
                + " and " + folder.resolve("train-labels-idx1-ubyte.gz") + " contains 2 labels", error.getMessage());
    }

    @Test
    void writerRejectsInvalidCount() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FashionMnistSubsetWriter.main(new String[] {"a", "b", "many", "1"}));

        assertEquals("TRAIN_COUNT is 'many'; expected a whole number of at least 1", error.getMessage());
    }

    @Test
    void resourceSourceNamesResource() {
        IdxSource source = IdxSource.resource(getClass().getClassLoader(), FashionMnistSubset.RESOURCE_FOLDER + "x.gz");

        assertEquals("class-path resource io/mtlbalance/datasets/fashion-mnist-subset/x.gz", source.location());
    }

    private static int[] classCounts(LabelledImages images) {
        int[] counts = new int[10];
        for (int i = 0; i < images.count(); i++) {
            counts[images.label(i)]++;
        }
        return counts;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
