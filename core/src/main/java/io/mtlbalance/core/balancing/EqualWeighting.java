package io.mtlbalance.core.balancing;

/**
 * Weighs every task 1, so the network trains on the plain sum of the task losses. This is the
 * equal-weights baseline of the GradNorm paper (Chen et al., ICML 2018). Sum convention: the
 * weights sum to T, the task count.
 */
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

    /** Creates {@link EqualWeighting} for each trial. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "every weight 1, the plain sum of the task losses (equal-weights baseline, Chen et al., ICML 2018)";
        }

        @Override
        public BalancingStrategy create(StrategySettings settings) {
            return new EqualWeighting(settings.taskCount());
        }
    }
}
