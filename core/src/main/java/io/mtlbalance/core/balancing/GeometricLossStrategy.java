package io.mtlbalance.core.balancing;

/**
 * Geometric loss strategy (Chennupati et al., "MultiNet++: Multi-Stream Feature Aggregation
 * and Geometric Loss Strategy for Multi-Task Learning", CVPR Workshops 2019).
 *
 * <p>The paper trains the network on the geometric mean of the task losses,
 * {@code G = (prod_j L_j)^(1/T)}. Its gradient is
 * {@code sum_i [G / (T L_i)] grad L_i}, so this class applies the weights
 * {@code w_i = G / (T L_i)}, computed from this step's losses and treated as constants. The
 * applied loss {@code sum_i w_i L_i} then equals G in value (each term is {@code G / T}) and
 * in gradient with respect to the network's parameters. G is computed as
 * {@code exp(mean_j log L_j)} so that a product of many small or large losses cannot underflow
 * or overflow.
 *
 * <p>Hyperparameters: none. Sum convention: none, the weights are not normalized. Equal losses
 * give {@code w_i = 1/T}, so the applied loss is the mean loss, not the sum.
 *
 * <p>Deviation from the paper: a loss below {@link #LOSS_FLOOR} (including 0 and negative
 * values, where the geometric mean is 0 or undefined) is raised to that floor in both G and
 * {@code L_i}, so every weight is finite and positive. Then the applied loss is no longer
 * exactly G.
 */
public final class GeometricLossStrategy implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "gls";

    /** The smallest loss the weights are computed from. */
    public static final double LOSS_FLOOR = 1e-12;

    private final int taskCount;

    /**
     * Creates the geometric loss strategy.
     *
     * @param taskCount the number of tasks T, at least 1
     */
    public GeometricLossStrategy(int taskCount) {
        WeightMath.requirePositiveTaskCount(taskCount, NAME);
        this.taskCount = taskCount;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement measurement() {
        return Measurement.LOSSES;
    }

    /** Returns {@code G / (T L_i)} for this step's floored losses. */
    @Override
    public TaskValues weigh(StepLosses losses) {
        WeightMath.requireTaskCount(losses, taskCount, NAME);
        double[] floored = new double[taskCount];
        double meanLog = 0;
        for (int i = 0; i < taskCount; i++) {
            floored[i] = Math.max(losses.losses().get(i), LOSS_FLOOR);
            meanLog += Math.log(floored[i]) / taskCount;
        }
        double geometricMean = Math.exp(meanLog);

        double[] weights = new double[taskCount];
        for (int i = 0; i < taskCount; i++) {
            weights[i] = geometricMean / (taskCount * floored[i]);
        }
        return TaskValues.of(weights);
    }

    /** Creates {@link GeometricLossStrategy} for each trial. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "geometric mean of the task losses"
                    + " (geometric loss strategy, Chennupati et al., CVPR Workshops 2019)";
        }

        @Override
        public BalancingStrategy create(StrategySettings settings) {
            return new GeometricLossStrategy(settings.taskCount());
        }
    }
}
