package io.mtlbalance.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.task.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task subset keeps the chosen tasks' labels, in the chosen order, and every input. */
class TaskSubsetDatasetTest {

    /**
     * Three examples with inputs 10, 20, 30 (train) and 40 (test); task a's label is input + 1,
     * task b's is the class index 0, 1, 2 (test: 1), task c's two values are input + 2 and input + 3.
     */
    private static MultitaskDataset threeTasks() {
        List<Task> tasks = List.of(Task.regression("a", 1), Task.classification("b", 3), Task.regression("c", 2));
        List<Shape> labelShapes = List.of(new Shape(1), new Shape(1), new Shape(2));
        return InMemoryMultitaskDataset.builder()
                .name("three")
                .tasks(tasks)
                .exampleShape(new Shape(1))
                .split(Split.TRAIN, 3, new float[] {10, 20, 30},
                        List.of(new float[] {11, 21, 31}, new float[] {0, 1, 2}, new float[] {12, 13, 22, 23, 32, 33}),
                        labelShapes)
                .split(Split.TEST, 1, new float[] {40},
                        List.of(new float[] {41}, new float[] {1}, new float[] {42, 43}), labelShapes)
                .build();
    }

    @Test
    void subsetListsChosenTasksInOrder() {
        MultitaskDataset view = threeTasks().taskSubset(2, 0);

        assertEquals(List.of("c", "a"), view.tasks().stream().map(Task::name).toList());
        assertEquals(3, view.size(Split.TRAIN));
        assertEquals(1, view.size(Split.TEST));
        assertEquals(new Shape(1), view.exampleShape());
    }

    @Test
    void subsetBatchHoldsOnlyChosenLabels() {
        MultitaskDataset view = threeTasks().taskSubset(2, 0);

        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            MultitaskBatch batch = view.batch(manager, Split.TRAIN, new int[] {2, 0});

            assertEquals(2, batch.labels().size());
            assertArrayEquals(new float[] {30, 10}, batch.input().toFloatArray());
            assertArrayEquals(new float[] {32, 33, 12, 13}, batch.label(0).toFloatArray());
            assertArrayEquals(new float[] {31, 11}, batch.label(1).toFloatArray());
        }
    }

    @Test
    void singleTaskViewOfTestSplit() {
        MultitaskDataset view = threeTasks().taskSubset(1);

        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            MultitaskBatch batch = view.batch(manager, Split.TEST, new int[] {0});

            assertEquals(1, batch.labels().size());
            assertArrayEquals(new float[] {1}, batch.label(0).toFloatArray());
        }
    }

    @Test
    void outOfRangeIndexIsRejected() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> threeTasks().taskSubset(3));

        assertTrue(error.getMessage().contains("task index 3 is out of range for dataset 'three'"), error.getMessage());
        assertTrue(error.getMessage().contains("tasks 0..2"), error.getMessage());
    }

    @Test
    void repeatedIndexIsRejected() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> threeTasks().taskSubset(1, 1));

        assertTrue(error.getMessage().contains("task index 1 is repeated in [1, 1]"), error.getMessage());
    }

    @Test
    void emptySubsetIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> threeTasks().taskSubset());

        assertTrue(error.getMessage().contains("needs at least one task index"), error.getMessage());
    }
}
