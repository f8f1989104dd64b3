package io.mtlbalance.core.balancing;

import java.util.List;

/** Applies fixed weights that the user chose, the same in every step. */
public final class StaticWeighting implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "static";

    private final TaskValues weights;

    /**
     * Creates static weighting.
     *
     * @param weights one finite weight {@code >= 0} per task, not all zero
     * @param taskCount the number of tasks, to check the weights against
     * @throws IllegalArgumentException naming the weights when they do not fit
     */
    public StaticWeighting(List<Double> weights, int taskCount) {
        if (weights.size() != taskCount) {
            throw new IllegalArgumentException(
                    "static weights " + weights + " give " + weights.size() + " values for " + taskCount
                            + " tasks; give one weight per task, for example --weights "
                            + String.join(",", java.util.Collections.nCopies(taskCount, "1")));
        }
        double[] values = weights.stream().mapToDouble(Double::doubleValue).toArray();
        for (double value : values) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(
                        "static weights " + weights + " contain " + value + "; every weight must be finite and >= 0");
            }
        }
        if (TaskValues.of(values).sum() == 0) {
            throw new IllegalArgumentException("static weights " + weights + " are all 0; at least one must be > 0");
        }
        this.weights = TaskValues.of(values);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement measurement() {
        return Measurement.LOSSES;
    }

    @Override
    public TaskValues weigh(StepLosses losses) {
        return weights;
    }
}
