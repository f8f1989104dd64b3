package io.mtlbalance.experiments.bench;

import ai.djl.ndarray.NDManager;
import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.training.BalancedStep;
import io.mtlbalance.core.training.TrainingSession;
import java.util.Random;

/**
 * One contender on one workload, kept alive across rounds: its own model, parameters and
 * strategy, trained exactly as the trainer does (a sub-manager per step, zeroed gradients, one
 * balanced step, one Adam update).
 */
final class ContenderRun implements AutoCloseable {

    private final EngineAdapter engine;
    private final MultitaskDataset dataset;
    private final MultitaskModel model;
    private final TrainingSession session;
    private final BalancedStep step;
    private final Random order;
    private final int batchSize;
    private long steps;
    private long peakHeapBytes;

    ContenderRun(EngineAdapter engine, MultitaskDataset dataset, MultitaskModel model, BalancingStrategy strategy,
            BenchContender contender, int batchSize, double learningRate, long seed) {
        this.engine = engine;
        this.dataset = dataset;
        this.model = model;
        engine.seed(seed);
        this.session = new TrainingSession(engine.newManager(), model, dataset.exampleShape(), learningRate);
        this.step = new BalancedStep(model, dataset.tasks(), strategy, contender.probeMode());
        this.order = new Random(seed);
        this.batchSize = batchSize;
    }

    /** Runs {@code count} training steps and returns the elapsed nanoseconds. */
    long run(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            try (NDManager stepManager = session.manager().newSubManager()) {
                engine.zeroGradients(TrainingSession.arrays(model));
                MultitaskBatch batch = dataset.batch(stepManager, Split.TRAIN, nextIndices());
                step.run(session.store(), batch, steps++);
                session.update();
            }
            Runtime runtime = Runtime.getRuntime();
            peakHeapBytes = Math.max(peakHeapBytes, runtime.totalMemory() - runtime.freeMemory());
        }
        return System.nanoTime() - start;
    }

    /** Returns the number of native arrays alive under this run's manager. */
    int liveNativeArrays() {
        return session.manager().getManagedArrays().size();
    }

    /** Returns the largest used heap seen after a step, in bytes. */
    long peakHeapBytes() {
        return peakHeapBytes;
    }

    private int[] nextIndices() {
        int[] indices = new int[batchSize];
        int size = dataset.size(Split.TRAIN);
        for (int i = 0; i < batchSize; i++) {
            indices[i] = order.nextInt(size);
        }
        return indices;
    }

    @Override
    public void close() {
        session.close();
    }
}
