package io.mtlbalance.experiments.bench;

import ai.djl.ndarray.NDManager;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.datasets.DatasetRequest;
import io.mtlbalance.experiments.bootstrap.Registry;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.Profile;
import io.mtlbalance.experiments.catalogue.Schedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures steady-state time per training step of each contender on each workload. Rounds are
 * interleaved (every contender runs once per round, in turn) so a slow phase of the machine
 * hits all contenders alike, and each ratio to equal weighting comes from the same run.
 */
public final class StepBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(StepBenchmark.class);
    private static final long SEED = 1;

    private final Registry registry;
    private final EngineAdapter engine;
    private final BenchSettings settings;

    /** Creates a benchmark that resolves workloads and strategies through {@code registry}. */
    public StepBenchmark(Registry registry, EngineAdapter engine, BenchSettings settings) {
        this.registry = registry;
        this.engine = engine;
        this.settings = settings;
    }

    /** Measures every contender on {@code workload} and returns one row per contender. */
    public List<BenchRow> measure(String workload, List<BenchContender> contenders) {
        ExperimentDefinition experiment = registry.experiment(workload);
        Schedule schedule = experiment.schedule(Profile.QUICK);
        MultitaskDataset dataset = registry.dataset(experiment.dataset()).create(DatasetRequest.builder()
                .seed(SEED).trainSize(schedule.trainSize()).testSize(schedule.testSize()).build());
        LOG.info("Benchmarking {} ({} tasks, batch {}) on {}", workload, dataset.tasks().size(),
                schedule.batchSize(), engine.describe());

        List<ContenderRun> runs = new ArrayList<>();
        try {
            for (BenchContender contender : contenders) {
                runs.add(start(experiment, dataset, contender, schedule));
            }
            double[][] roundMillis = timeRounds(runs);
            return rows(workload, dataset, contenders, runs, roundMillis);
        } finally {
            runs.forEach(ContenderRun::close);
        }
    }

    /**
     * Returns the median time to assemble one training batch of {@code workload}, in
     * milliseconds, measured like a step: on a fresh sub-manager that is closed afterwards.
     */
    public double batchMillis(String workload) {
        ExperimentDefinition experiment = registry.experiment(workload);
        Schedule schedule = experiment.schedule(Profile.QUICK);
        MultitaskDataset dataset = registry.dataset(experiment.dataset()).create(DatasetRequest.builder()
                .seed(SEED).trainSize(schedule.trainSize()).testSize(schedule.testSize()).build());
        Random random = new Random(SEED);
        double[] millis = new double[settings.repeats()];
        try (NDManager manager = engine.newManager()) {
            for (int round = -1; round < settings.repeats(); round++) {
                long start = System.nanoTime();
                for (int i = 0; i < settings.stepsPerRepeat(); i++) {
                    try (NDManager batchManager = manager.newSubManager()) {
                        dataset.batch(batchManager, Split.TRAIN, indices(random, schedule.batchSize(), dataset));
                    }
                }
                if (round >= 0) {
                    millis[round] = (System.nanoTime() - start) / 1e6 / settings.stepsPerRepeat();
                }
            }
        }
        return median(millis);
    }

    private ContenderRun start(ExperimentDefinition experiment, MultitaskDataset dataset, BenchContender contender,
            Schedule schedule) {
        var strategy = registry.strategy(contender.strategy())
                .create(new StrategySettings(dataset.tasks(), SEED, experiment.strategyOptions()));
        ContenderRun run = new ContenderRun(engine, dataset, experiment.buildModel(dataset), strategy, contender,
                schedule.batchSize(), schedule.learningRate(), SEED);
        run.run(settings.warmupSteps());
        return run;
    }

    private double[][] timeRounds(List<ContenderRun> runs) {
        double[][] millis = new double[runs.size()][settings.repeats()];
        for (int round = 0; round < settings.repeats(); round++) {
            for (int c = 0; c < runs.size(); c++) {
                long nanos = runs.get(c).run(settings.stepsPerRepeat());
                millis[c][round] = nanos / 1e6 / settings.stepsPerRepeat();
            }
        }
        return millis;
    }

    private static List<BenchRow> rows(String workload, MultitaskDataset dataset, List<BenchContender> contenders,
            List<ContenderRun> runs, double[][] roundMillis) {
        double equalMedian = median(roundMillis[0]);
        List<BenchRow> rows = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            double median = median(roundMillis[c]);
            double min = Arrays.stream(roundMillis[c]).min().orElseThrow();
            rows.add(new BenchRow(workload, contenders.get(c).label(), dataset.tasks().size(), median, min,
                    median / equalMedian, runs.get(c).peakHeapBytes() / (1024.0 * 1024.0),
                    runs.get(c).liveNativeArrays()));
        }
        return rows;
    }

    private static int[] indices(Random random, int count, MultitaskDataset dataset) {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = random.nextInt(dataset.size(Split.TRAIN));
        }
        return indices;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
