package io.mtlbalance.experiments.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.datasets.DatasetRequest;
import io.mtlbalance.experiments.bootstrap.Bootstrap;
import io.mtlbalance.experiments.bootstrap.Registry;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After warm-up, 2,000 training steps of any strategy leave the number of live native arrays
 * unchanged and the heap without growth: each step's arrays are released and no graph is kept.
 */
class MemoryFlatTest {

    private static final long HEAP_SLACK_BYTES = 24L * 1024 * 1024;

    private final Registry registry = Bootstrap.registry(List.of());

    static List<BenchContender> contenders() {
        return BenchContender.standard();
    }

    @ParameterizedTest
    @MethodSource("contenders")
    void twoThousandStepsKeepMemoryFlat(BenchContender contender) {
        ExperimentDefinition experiment = registry.experiment("toy-t2");
        MultitaskDataset dataset = registry.dataset(experiment.dataset())
                .create(DatasetRequest.builder().seed(1).trainSize(1000).testSize(100).build());
        var strategy = registry.strategy(contender.strategy())
                .create(new StrategySettings(dataset.tasks(), 1, experiment.strategyOptions()));

        try (ContenderRun run = new ContenderRun(registry.engine("pytorch"), dataset, experiment.buildModel(dataset),
                strategy, contender, 32, 1e-3, 1)) {
            run.run(50);
            int arraysAfterWarmup = run.liveNativeArrays();
            long heapAfterWarmup = usedHeapAfterGc();

            run.run(2000);

            assertEquals(arraysAfterWarmup, run.liveNativeArrays(), contender.label() + ": live native arrays");
            long growth = usedHeapAfterGc() - heapAfterWarmup;
            assertTrue(growth < HEAP_SLACK_BYTES, contender.label() + ": heap grew by " + growth + " bytes");
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
