package io.mtlbalance.datasets.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.task.TaskKind;
import io.mtlbalance.datasets.DatasetRequest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToyFactoriesTest {

    private static NDManager manager;

    @BeforeAll
    static void openManager() {
        manager = NDManager.newBaseManager("PyTorch");
    }

    @AfterAll
    static void closeManager() {
        manager.close();
    }

    private static DatasetRequest request(long seed) {
        return DatasetRequest.builder().seed(seed).trainSize(12).testSize(4).build();
    }

    @Test
    void t2DatasetHasTwoRegressionTasks() {
        MultitaskDataset dataset = new ToyT2Factory().create(request(1));

        assertEquals("toy-t2", dataset.name());
        assertEquals(List.of("t1", "t2"), dataset.tasks().stream().map(Task::name).toList());
        for (Task task : dataset.tasks()) {
            assertEquals(TaskKind.REGRESSION, task.kind());
            assertEquals(100, task.outputSize());
        }
        assertEquals(new Shape(250), dataset.exampleShape());
        assertEquals(12, dataset.size(Split.TRAIN));
        assertEquals(4, dataset.size(Split.TEST));
    }

    @Test
    void t10DatasetHasTenTasks() {
        MultitaskDataset dataset = new ToyT10Factory().create(request(1));

        assertEquals("toy-t10", dataset.name());
        assertEquals("t10", dataset.tasks().get(9).name());
        assertEquals(10, dataset.tasks().size());
    }

    @Test
    void batchCarriesGeneratedArrays() {
        ToyRegression toy = ToyRegression.generate(ToyRegressionConfig.paperTwoTasks(), 4, 12, 4);
        MultitaskDataset dataset = toy.toDataset("toy-t2");

        try (NDManager batchManager = manager.newSubManager()) {
            MultitaskBatch batch = dataset.batch(batchManager, Split.TEST, new int[] {3, 0});

            assertEquals(new Shape(2, 250), batch.input().getShape());
            assertEquals(new Shape(2, 100), batch.label(1).getShape());
            float[] inputs = toy.inputs(Split.TEST);
            assertArrayEquals(Arrays.copyOfRange(inputs, 3 * 250, 4 * 250), batch.input().get(0).toFloatArray());
            float[] targets = toy.targets(Split.TEST, 1);
            assertArrayEquals(Arrays.copyOfRange(targets, 0, 100), batch.label(1).get(1).toFloatArray());
        }
    }

    @Test
    void factoryUsesRequestSeed() {
        MultitaskDataset dataset = new ToyT2Factory().create(request(123));

        assertTrue(dataset.source().contains("java.util.Random seed 123,"), dataset.source());
    }

    @Test
    void descriptionsNameTasksAndScales() {
        assertEquals("GradNorm paper synthetic regression: 2 tasks t1..t2 with scales sigma [1.0, 100.0],"
                + " 250 inputs, 100 outputs per task", new ToyT2Factory().description());
        assertEquals("GradNorm paper synthetic regression: 10 tasks t1..t10 with scales sigma drawn log-uniformly"
                + " from [1.0, 100.0], 250 inputs, 100 outputs per task", new ToyT10Factory().description());
    }

    @Test
    void dataDirectoryIsRejected() {
        DatasetRequest request = DatasetRequest.builder().dataDirectory(Path.of("/data")).build();

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new ToyT2Factory().create(request));

        assertEquals("dataset 'toy-t2' is generated and reads no files, but the request names the data directory"
                + " /data; remove the data directory", error.getMessage());
    }

    @Test
    void t2FactoryRejectsOtherTaskCounts() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> new ToyT2Factory(ToyRegressionConfig.paperTenTasks()));

        assertEquals("toy-t2 needs a config with 2 tasks, got 10; use ToyT10Factory for 10", error.getMessage());
    }

    @Test
    void configRejectsSigmaCountMismatch() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ToyRegressionConfig.builder().taskCount(3).sigmas(1, 2).build());

        assertEquals("invalid toy regression config: 2 fixed sigmas [1.0, 2.0] for 3 tasks; give one per task or"
                + " none", error.getMessage());
    }

    @Test
    void configRejectsZeroInputStd() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ToyRegressionConfig.builder().inputStd(0).build());

        assertEquals("invalid toy regression config: inputStd is 0.0; it must be finite and greater than 0.0",
                error.getMessage());
    }
}
