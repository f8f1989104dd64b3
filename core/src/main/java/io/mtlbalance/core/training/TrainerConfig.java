package io.mtlbalance.core.training;

import java.util.Objects;

/**
 * The schedule of one trial: how long, how fast and how it is seeded. Build it with
 * {@link #builder()}; {@link Builder#build()} validates every field.
 *
 * @param steps training steps, at least 1
 * @param batchSize examples per training batch, at least 1
 * @param learningRate the network's Adam learning rate, greater than 0
 * @param evaluationInterval evaluate on the test split every this many steps (and before the
 *     first and after the last step)
 * @param evaluationBatchSize examples per test batch
 * @param seed seeds parameter initialization and the order of training examples
 * @param probeMode how gradient norms at the last shared layer are measured
 * @param checkpointInterval save a checkpoint every this many steps, and after the last
 */
public record TrainerConfig(
        int steps,
        int batchSize,
        double learningRate,
        int evaluationInterval,
        int evaluationBatchSize,
        long seed,
        GradientProbeMode probeMode,
        int checkpointInterval) {

    /** Returns a builder with batch size 64, learning rate 1e-3 and evaluation every 100 steps. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects and validates a {@link TrainerConfig}. */
    public static final class Builder {
        private int steps = 1000;
        private int batchSize = 64;
        private double learningRate = 1e-3;
        private int evaluationInterval = 100;
        private int evaluationBatchSize = 1000;
        private long seed = 1;
        private GradientProbeMode probeMode = GradientProbeMode.SHARED_LAYER;
        private int checkpointInterval = 500;

        private Builder() {}

        /** Sets the number of training steps. */
        public Builder steps(int steps) {
            this.steps = steps;
            return this;
        }

        /** Sets the training batch size. */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Sets the network's Adam learning rate. */
        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** Sets the number of steps between evaluations. */
        public Builder evaluationInterval(int interval) {
            this.evaluationInterval = interval;
            return this;
        }

        /** Sets the test batch size; it changes speed and memory, not results. */
        public Builder evaluationBatchSize(int size) {
            this.evaluationBatchSize = size;
            return this;
        }

        /** Sets the trial's seed. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sets how gradient norms are measured. */
        public Builder probeMode(GradientProbeMode mode) {
            this.probeMode = Objects.requireNonNull(mode, "probeMode");
            return this;
        }

        /** Sets the number of steps between checkpoints. */
        public Builder checkpointInterval(int interval) {
            this.checkpointInterval = interval;
            return this;
        }

        /**
         * Validates and builds the configuration.
         *
         * @throws IllegalArgumentException naming the first field that is out of range
         */
        public TrainerConfig build() {
            requirePositive("steps", steps);
            requirePositive("batch size", batchSize);
            requirePositive("evaluation interval", evaluationInterval);
            requirePositive("evaluation batch size", evaluationBatchSize);
            requirePositive("checkpoint interval", checkpointInterval);
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException(
                        "learning rate is " + learningRate + "; it must be finite and > 0");
            }
            return new TrainerConfig(
                    steps, batchSize, learningRate, evaluationInterval, evaluationBatchSize, seed, probeMode,
                    checkpointInterval);
        }

        private static void requirePositive(String field, long value) {
            if (value < 1) {
                throw new IllegalArgumentException(field + " is " + value + "; it must be at least 1");
            }
        }
    }
}
