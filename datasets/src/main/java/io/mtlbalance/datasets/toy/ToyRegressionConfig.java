package io.mtlbalance.datasets.toy;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings of the synthetic regression {@code f_i(x) = sigma_i * tanh((B + eps_i) x)} from
 * section 4 of the GradNorm paper (Chen et al., ICML 2018, arXiv 1711.02257), called "the paper"
 * below. The paper fixes the dimensions, the spreads of {@code B} and {@code eps_i} and the T=2
 * scales. The input distribution and the T=10 scale distribution are this project's choices,
 * listed with their defaults below.
 *
 * @param taskCount the number of tasks T, at least 1
 * @param inputSize the length of x; the paper uses 250
 * @param outputSize the length of each task's target; the paper uses 100
 * @param baseStd the standard deviation of the entries of the shared matrix B; the paper's
 *     "N(0, 10)", read as a standard deviation of 10
 * @param taskStd the standard deviation of the entries of each task's offset eps_i; the paper's
 *     "N(0, 3.5)", read as a standard deviation of 3.5; 0 makes all tasks share B
 * @param inputStd the standard deviation of the IID normal entries of x, positive. The paper
 *     does not state it. The default 0.01 gives the pre-activations {@code (B + eps_i) x} a
 *     standard deviation of about {@code 0.01 * sqrt(250 * (10^2 + 3.5^2))}, near 1.7, so that
 *     tanh stays mostly out of saturation (about 7% of pre-activations exceed 3 in magnitude)
 * @param fixedSigmas the scales sigma_i, one per task, positive; empty means the scales are
 *     drawn log-uniformly from {@code [sigmaMin, sigmaMax]}
 * @param sigmaMin the lower end of the log-uniform scale distribution, positive
 * @param sigmaMax the upper end of the log-uniform scale distribution, at least sigmaMin
 */
public record ToyRegressionConfig(
        int taskCount,
        int inputSize,
        int outputSize,
        double baseStd,
        double taskStd,
        double inputStd,
        List<Double> fixedSigmas,
        double sigmaMin,
        double sigmaMax) {

    /** The paper's input length. */
    public static final int PAPER_INPUT_SIZE = 250;

    /** The paper's output length per task. */
    public static final int PAPER_OUTPUT_SIZE = 100;

    /**
     * Validates the fields and copies the scale list.
     *
     * @throws IllegalArgumentException naming the field whose value is out of range
     */
    public ToyRegressionConfig {
        fixedSigmas = List.copyOf(fixedSigmas);
        requireAtLeastOne("taskCount", taskCount);
        requireAtLeastOne("inputSize", inputSize);
        requireAtLeastOne("outputSize", outputSize);
        requireFinite("baseStd", baseStd, 0, false);
        requireFinite("taskStd", taskStd, 0, false);
        requireFinite("inputStd", inputStd, 0, true);
        requireFinite("sigmaMin", sigmaMin, 0, true);
        requireFinite("sigmaMax", sigmaMax, sigmaMin, false);
        if (!fixedSigmas.isEmpty() && fixedSigmas.size() != taskCount) {
            throw new IllegalArgumentException("invalid toy regression config: " + fixedSigmas.size()
                    + " fixed sigmas " + fixedSigmas + " for " + taskCount + " tasks; give one per task or none");
        }
        for (double sigma : fixedSigmas) {
            requireFinite("fixedSigmas", sigma, 0, true);
        }
    }

    /** Returns a builder with the paper's sizes and spreads, one task and log-uniform scales on [1, 100]. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the paper's T=2 problem: scales exactly (1, 100). */
    public static ToyRegressionConfig paperTwoTasks() {
        return builder().taskCount(2).sigmas(1, 100).build();
    }

    /** Returns the T=10 problem: ten scales drawn log-uniformly from [1, 100]. */
    public static ToyRegressionConfig paperTenTasks() {
        return builder().taskCount(10).build();
    }

    /** Returns whether the scales are drawn rather than fixed. */
    public boolean drawsSigmas() {
        return fixedSigmas.isEmpty();
    }

    private static void requireAtLeastOne(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(
                    "invalid toy regression config: " + field + " is " + value + "; it must be at least 1");
        }
    }

    private static void requireFinite(String field, double value, double lowerBound, boolean strict) {
        boolean inRange = strict ? value > lowerBound : value >= lowerBound;
        if (!Double.isFinite(value) || !inRange) {
            throw new IllegalArgumentException("invalid toy regression config: " + field + " is " + value
                    + "; it must be finite and " + (strict ? "greater than " : "at least ") + lowerBound);
        }
    }

    /** Builds a {@link ToyRegressionConfig}. Every setter is optional; {@link #builder()} lists the defaults. */
    public static final class Builder {
        private int taskCount = 1;
        private int inputSize = PAPER_INPUT_SIZE;
        private int outputSize = PAPER_OUTPUT_SIZE;
        private double baseStd = 10;
        private double taskStd = 3.5;
        private double inputStd = 0.01;
        private List<Double> fixedSigmas = List.of();
        private double sigmaMin = 1;
        private double sigmaMax = 100;

        private Builder() {}

        /** Sets the number of tasks T. */
        public Builder taskCount(int taskCount) {
            this.taskCount = taskCount;
            return this;
        }

        /** Sets the length of x. */
        public Builder inputSize(int inputSize) {
            this.inputSize = inputSize;
            return this;
        }

        /** Sets the length of each task's target. */
        public Builder outputSize(int outputSize) {
            this.outputSize = outputSize;
            return this;
        }

        /** Sets the standard deviation of the entries of B. */
        public Builder baseStd(double baseStd) {
            this.baseStd = baseStd;
            return this;
        }

        /** Sets the standard deviation of the entries of each eps_i. */
        public Builder taskStd(double taskStd) {
            this.taskStd = taskStd;
            return this;
        }

        /** Sets the standard deviation of the entries of x. */
        public Builder inputStd(double inputStd) {
            this.inputStd = inputStd;
            return this;
        }

        /** Fixes the scales, one per task, in task order. */
        public Builder sigmas(double... sigmas) {
            List<Double> list = new ArrayList<>(sigmas.length);
            for (double sigma : sigmas) {
                list.add(sigma);
            }
            this.fixedSigmas = list;
            return this;
        }

        /** Draws the scales log-uniformly from {@code [min, max]} and clears fixed scales. */
        public Builder logUniformSigmas(double min, double max) {
            this.fixedSigmas = List.of();
            this.sigmaMin = min;
            this.sigmaMax = max;
            return this;
        }

        /**
         * Validates the fields and builds the config.
         *
         * @throws IllegalArgumentException naming the field whose value is out of range
         */
        public ToyRegressionConfig build() {
            return new ToyRegressionConfig(
                    taskCount, inputSize, outputSize, baseStd, taskStd, inputStd, fixedSigmas, sigmaMin, sigmaMax);
        }
    }
}
