package io.mtlbalance.datasets.multimnist;

import static io.mtlbalance.datasets.multimnist.HandMadeMnist.CORNER;
import static io.mtlbalance.datasets.multimnist.HandMadeMnist.CORNER_LABEL;
import static io.mtlbalance.datasets.multimnist.HandMadeMnist.DIM_LABEL;
import static io.mtlbalance.datasets.multimnist.HandMadeMnist.STRIPES_LABEL;
import static io.mtlbalance.datasets.multimnist.HandMadeMnist.UNIFORM;
import static io.mtlbalance.datasets.multimnist.HandMadeMnist.UNIFORM_LABEL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.task.TaskKind;
import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.idx.IdxSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the composed canvases, labels and reconstructions against hand arithmetic on the
 * patterns of {@link HandMadeMnist}. The training split contains only the uniform and the corner
 * image, so each training example is one of the two orders of that pair.
 */
class MultiMnistComposerTest {

    private static final float EPSILON = 1e-6f;
    private static final int SIZE = 40;

    private static NDManager rootManager;

    @TempDir
    Path folder;

    private NDManager manager;
    private LabelledImages train;
    private LabelledImages test;

    @BeforeAll
    static void openRootManager() {
        rootManager = NDManager.newBaseManager("PyTorch");
    }

    @AfterAll
    static void closeRootManager() {
        rootManager.close();
    }

    @BeforeEach
    void readImages() {
        HandMadeMnist.writeFolder(folder);
        train = HandMadeMnist.readTrain(folder);
        test = HandMadeMnist.readTest(folder);
        manager = rootManager.newSubManager();
    }

    @AfterEach
    void closeManager() {
        manager.close();
    }

    private MultitaskDataset compose(long seed) {
        return MultiMnistComposer.compose("multi-test", "hand-made", train, test, seed, SIZE, SIZE);
    }

    private Examples examples(MultitaskDataset dataset, Split split) {
        int[] all = IntStream.range(0, dataset.size(split)).toArray();
        MultitaskBatch batch = dataset.batch(manager, split, all);
        return new Examples(batch.input().toFloatArray(), batch.label(0).toFloatArray(),
                batch.label(1).toFloatArray(), batch.label(2).toFloatArray(), batch);
    }

    @Test
    void tasksAndShapes() {
        MultitaskDataset dataset = compose(1);

        assertEquals(List.of("left", "right", "reconstruct-left"), dataset.tasks().stream().map(Task::name).toList());
        assertEquals(TaskKind.CLASSIFICATION, dataset.tasks().get(0).kind());
        assertEquals(10, dataset.tasks().get(1).outputSize());
        assertEquals(TaskKind.REGRESSION, dataset.tasks().get(2).kind());
        assertEquals(196, dataset.tasks().get(2).outputSize());
        assertEquals(new Shape(1, 36, 36), dataset.exampleShape());
        assertEquals("hand-made", dataset.source());
    }

    @Test
    void batchShapes() {
        MultitaskBatch batch = examples(compose(1), Split.TRAIN).batch();

        assertEquals(new Shape(SIZE, 1, 36, 36), batch.input().getShape());
        assertEquals(new Shape(SIZE), batch.label(0).getShape());
        assertEquals(new Shape(SIZE), batch.label(1).getShape());
        assertEquals(new Shape(SIZE, 196), batch.label(2).getShape());
    }

    @Test
    void uniformLeftCornerRightCanvas() {
        Examples examples = examples(compose(1), Split.TRAIN);
        int example = examples.firstWithLeft(UNIFORM_LABEL);

        assertEquals(CORNER_LABEL, examples.right()[example]);
        // Item A alone: rows and columns below 8, or row/column 0..27 outside item B's square.
        assertEquals(100 / 255f, examples.pixel(example, 0, 0), EPSILON);
        assertEquals(100 / 255f, examples.pixel(example, 27, 0), EPSILON);
        assertEquals(100 / 255f, examples.pixel(example, 0, 27), EPSILON);
        // Overlap: A is 100, B's corner block (its rows and columns 0..9) is 200, so max = 200.
        assertEquals(200 / 255f, examples.pixel(example, 8, 8), EPSILON);
        assertEquals(200 / 255f, examples.pixel(example, 17, 17), EPSILON);
        // Overlap outside B's block: max(100, 0) = 100.
        assertEquals(100 / 255f, examples.pixel(example, 18, 18), EPSILON);
        assertEquals(100 / 255f, examples.pixel(example, 27, 27), EPSILON);
        // Item B alone, outside its block: 0.
        assertEquals(0f, examples.pixel(example, 28, 28), EPSILON);
        assertEquals(0f, examples.pixel(example, 35, 35), EPSILON);
        // Neither item covers the other two corners.
        assertEquals(0f, examples.pixel(example, 0, 35), EPSILON);
        assertEquals(0f, examples.pixel(example, 35, 0), EPSILON);
        assertEquals(0f, examples.pixel(example, 30, 5), EPSILON);
    }

    @Test
    void cornerLeftUniformRightCanvas() {
        Examples examples = examples(compose(1), Split.TRAIN);
        int example = examples.firstWithLeft(CORNER_LABEL);

        assertEquals(UNIFORM_LABEL, examples.right()[example]);
        assertEquals(200 / 255f, examples.pixel(example, 0, 0), EPSILON);
        assertEquals(200 / 255f, examples.pixel(example, 5, 5), EPSILON);
        // Row 5 lies above item B, and A is 0 outside its block.
        assertEquals(0f, examples.pixel(example, 5, 20), EPSILON);
        // Overlap: max(200, 100) inside A's block, max(0, 100) outside it.
        assertEquals(200 / 255f, examples.pixel(example, 9, 9), EPSILON);
        assertEquals(100 / 255f, examples.pixel(example, 10, 10), EPSILON);
        assertEquals(100 / 255f, examples.pixel(example, 35, 35), EPSILON);
        assertEquals(100 / 255f, examples.pixel(example, 8, 35), EPSILON);
        assertEquals(0f, examples.pixel(example, 7, 35), EPSILON);
    }

    @Test
    void everyCanvasPixelIsMaxOfItems() {
        Examples examples = examples(compose(2), Split.TRAIN);

        for (int example = 0; example < SIZE; example++) {
            IntBinaryOperator left = examples.left()[example] == UNIFORM_LABEL ? UNIFORM : CORNER;
            IntBinaryOperator right = examples.right()[example] == UNIFORM_LABEL ? UNIFORM : CORNER;
            for (int row = 0; row < 36; row++) {
                for (int column = 0; column < 36; column++) {
                    int a = row < 28 && column < 28 ? left.applyAsInt(row, column) : 0;
                    int b = row >= 8 && column >= 8 ? right.applyAsInt(row - 8, column - 8) : 0;
                    assertEquals(Math.max(a, b) / 255f, examples.pixel(example, row, column), EPSILON,
                            "example " + example + " pixel (" + row + ", " + column + ")");
                }
            }
        }
    }

    @Test
    void stripesReconstructionAveragesBlocks() {
        Examples examples = examples(compose(3), Split.TEST);
        int example = examples.firstWithLeft(STRIPES_LABEL);

        // Block (r, c) covers 4c, 4c + 2 on the even row and 4c + 100, 4c + 102 on the odd row: mean 4c + 51.
        for (int row = 0; row < 14; row++) {
            for (int column = 0; column < 14; column++) {
                assertEquals((4 * column + 51) / 255f, examples.reconstruction(example, row, column), EPSILON,
                        "block (" + row + ", " + column + ")");
            }
        }
        assertEquals(0.2f, examples.reconstruction(example, 0, 0), EPSILON);
        assertEquals(103 / 255f, examples.reconstruction(example, 13, 13), EPSILON);
    }

    @Test
    void reconstructionIgnoresOcclusion() {
        Examples examples = examples(compose(3), Split.TRAIN);
        int example = examples.firstWithLeft(UNIFORM_LABEL);

        // Item B's 200-valued block covers A's bottom right on the canvas, but A itself is 100 everywhere.
        for (int row = 0; row < 14; row++) {
            for (int column = 0; column < 14; column++) {
                assertEquals(100 / 255f, examples.reconstruction(example, row, column), EPSILON);
            }
        }
    }

    @Test
    void cornerReconstructionKeepsBlockEdge() {
        Examples examples = examples(compose(3), Split.TRAIN);
        int example = examples.firstWithLeft(CORNER_LABEL);

        // Block (4, 4) covers rows and columns 8..9, inside the 10x10 corner; block (5, 5) covers 10..11.
        assertEquals(200 / 255f, examples.reconstruction(example, 4, 4), EPSILON);
        assertEquals(0f, examples.reconstruction(example, 5, 5), EPSILON);
        assertEquals(0f, examples.reconstruction(example, 4, 5), EPSILON);
    }

    @Test
    void labelsNamePairItems() {
        Examples trainExamples = examples(compose(4), Split.TRAIN);
        Examples testExamples = examples(compose(4), Split.TEST);

        for (int example = 0; example < SIZE; example++) {
            assertNotEquals(trainExamples.left()[example], trainExamples.right()[example]);
            assertTrue(trainExamples.left()[example] == UNIFORM_LABEL || trainExamples.left()[example] == CORNER_LABEL);
            assertTrue(testExamples.left()[example] == STRIPES_LABEL || testExamples.left()[example] == DIM_LABEL);
        }
    }

    @Test
    void bothPairOrdersOccur() {
        Examples examples = examples(compose(5), Split.TRAIN);

        assertTrue(examples.firstWithLeft(UNIFORM_LABEL) >= 0);
        assertTrue(examples.firstWithLeft(CORNER_LABEL) >= 0);
    }

    @Test
    void pixelsLieInUnitInterval() {
        Examples examples = examples(compose(6), Split.TEST);

        for (float value : examples.canvases()) {
            assertTrue(value >= 0, "pixel " + value);
            assertTrue(value <= 1, "pixel " + value);
        }
    }

    @Test
    void sameSeedGivesSameExamples() {
        Examples first = examples(compose(7), Split.TRAIN);
        Examples second = examples(compose(7), Split.TRAIN);

        assertArrayEquals(first.canvases(), second.canvases());
        assertArrayEquals(first.left(), second.left());
        assertArrayEquals(first.reconstructions(), second.reconstructions());
    }

    @Test
    void differentSeedsGiveDifferentPairs() {
        Examples first = examples(compose(7), Split.TRAIN);
        Examples second = examples(compose(8), Split.TRAIN);

        assertFalse(Arrays.equals(first.left(), second.left()));
    }

    @Test
    void singleImageSplitIsRejected() {
        LabelledImages singleImage = LabelledImages.read(
                IdxSource.file(HandMadeMnist.writeSingle(folder.resolve("one"))),
                IdxSource.file(folder.resolve("one/labels")));

        Exception error = assertThrows(DatasetFileException.class,
                () -> MultiMnistComposer.compose("x", "y", singleImage, test, 1, 5, 5));

        assertEquals("image file " + folder.resolve("one/images") + " contains 1 image; expected at least 2 to draw"
                + " pairs of distinct items. Use a complete copy of the file.", error.getMessage());
    }

    /** All examples of one split, flattened, with accessors for hand-checked positions. */
    private record Examples(float[] canvases, float[] left, float[] right, float[] reconstructions,
            MultitaskBatch batch) {

        float pixel(int example, int row, int column) {
            return canvases[example * 36 * 36 + row * 36 + column];
        }

        float reconstruction(int example, int row, int column) {
            return reconstructions[example * 196 + row * 14 + column];
        }

        int firstWithLeft(int label) {
            for (int example = 0; example < left.length; example++) {
                if (left[example] == label) {
                    return example;
                }
            }
            throw new AssertionError("no example has left label " + label + ": " + Arrays.toString(left));
        }
    }
}
