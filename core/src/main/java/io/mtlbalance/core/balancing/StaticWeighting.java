package io.mtlbalance.core.balancing;

import java.util.List;

/**
 * Applies fixed weights that the user chose, the same in every step, such as the best weights
 * of a grid search (the static baseline of the GradNorm paper, Chen et al., ICML 2018). Sum
 * convention: the weights sum to the sum of the chosen weights.
 */
public final class StaticWeighting implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "static";

    private final String name;
    private final TaskValues weights;

    /**
     * Creates static weighting bound as {@link #NAME}.
     *
     * @param weights one finite weight {@code >= 0} per task, not all zero
     * @param taskCount the number of tasks, to check the weights against
     * @throws IllegalArgumentException naming the weights when they do not fit
     */
    public StaticWeighting(List<Double> weights, int taskCount) {
        this(NAME, weights, taskCount);
    }

    /**
     * Creates static weighting that reports {@code name}, for strategies that fix their weights
     * by a rule of their own, such as {@link GradNormStatic}.
     *
     * @param name the name the strategy is bound under, not blank
     * @param weights one finite weight {@code >= 0} per task, not all zero
     * @param taskCount the number of tasks, to check the weights against
     * @throws IllegalArgumentException naming the weights when they do not fit
     */
    public StaticWeighting(String name, List<Double> weights, int taskCount) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a static weighting needs a non-blank name, such as '" + NAME + "'");
        }
        this.name = name;
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
        return name;
    }

    @Override
    public Measurement measurement() {
        return Measurement.LOSSES;
    }

    @Override
    public TaskValues weigh(StepLosses losses) {
        return weights;
    }

    /** Creates {@link StaticWeighting} for each trial from {@link StrategyOptions#staticWeights()}. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "fixed weights chosen by the user, e.g. by grid search (static baseline, Chen et al., ICML 2018)";
        }

        /**
         * Creates static weighting.
         *
         * @throws IllegalArgumentException if the options hold no static weights or not one per task
         */
        @Override
        public BalancingStrategy create(StrategySettings settings) {
            List<Double> weights = settings.options().staticWeights();
            if (weights.isEmpty()) {
                throw new IllegalArgumentException(
                        "strategy '" + NAME + "' needs one weight per task in the static weights option, but none"
                                + " were given; set them, for example --weights "
                                + String.join(",", java.util.Collections.nCopies(settings.taskCount(), "1")));
            }
            return new StaticWeighting(weights, settings.taskCount());
        }
    }
}
