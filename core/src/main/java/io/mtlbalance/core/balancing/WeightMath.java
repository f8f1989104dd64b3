package io.mtlbalance.core.balancing;

/** Arithmetic that several strategies share: input checks, softmax and renormalization. */
final class WeightMath {

    private WeightMath() {}

    /** Rejects a task count below 1, naming the strategy. */
    static void requirePositiveTaskCount(int taskCount, String strategy) {
        if (taskCount < 1) {
            throw new IllegalArgumentException(
                    "strategy '" + strategy + "' needs at least 1 task; it got " + taskCount);
        }
    }

    /**
     * Rejects a step whose loss count differs from the strategy's task count.
     *
     * @throws IllegalArgumentException naming the strategy and both counts
     */
    static void requireTaskCount(StepLosses losses, int taskCount, String strategy) {
        if (losses.taskCount() != taskCount) {
            throw new IllegalArgumentException(
                    "strategy '" + strategy + "' was created for " + taskCount + " tasks but step "
                            + losses.step() + " has " + losses.taskCount()
                            + " losses; create one strategy per trial with that trial's tasks");
        }
    }

    /**
     * Returns {@code total * softmax(logits)}. The largest logit is subtracted first, so large
     * logits do not overflow; very small shares may still underflow to 0.
     */
    static double[] scaledSoftmax(double[] logits, double total) {
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }

        double[] weights = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            weights[i] = Math.exp(logits[i] - max);
            sum += weights[i];
        }

        for (int i = 0; i < weights.length; i++) {
            weights[i] *= total / sum;
        }
        return weights;
    }

    /**
     * Raises every weight to at least {@code minFraction * total}, then scales all weights so
     * they sum to {@code total}, in place. After scaling, a raised weight may sit slightly below
     * the floor, but it stays positive.
     */
    static void floorAndRenormalize(double[] weights, double minFraction, double total) {
        double floor = minFraction * total;
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(weights[i], floor);
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= total / sum;
        }
    }
}
