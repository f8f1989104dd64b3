package io.mtlbalance.core.balancing;

/** Weighs every task 1, so the network trains on the plain sum of the task losses. */
public final class EqualWeighting implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "equal";

    private final TaskValues weights;

    /** Creates equal weighting for {@code taskCount} tasks. */
    public EqualWeighting(int taskCount) {
        this.weights = TaskValues.filled(taskCount, 1.0);
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
