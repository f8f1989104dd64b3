package io.mtlbalance.core.balancing;

/**
 * Plays the trainer's part for one strategy without a network: calls {@code weigh} and, when
 * the strategy requests gradient norms, calls {@code observe} with norms that are consistent
 * with the applied weights ({@code G_i = w_i * ||grad_W L_i||}).
 */
final class StrategyDriver {

    private final BalancingStrategy strategy;
    private long step;

    StrategyDriver(BalancingStrategy strategy) {
        this(strategy, 0);
    }

    /** Creates a driver whose first step has index {@code firstStep}, as after a resume. */
    StrategyDriver(BalancingStrategy strategy, long firstStep) {
        this.strategy = strategy;
        this.step = firstStep;
    }

    /** Runs one step with the given losses and unweighted gradient norms; returns the weights. */
    TaskValues step(double[] losses, double[] unweightedNorms) {
        StepLosses stepLosses = new StepLosses(step++, TaskValues.of(losses));
        TaskValues weights = strategy.weigh(stepLosses);
        if (strategy.measurement() == Measurement.SHARED_LAYER_GRADIENT_NORMS) {
            double[] weighted = new double[unweightedNorms.length];
            for (int i = 0; i < weighted.length; i++) {
                weighted[i] = weights.get(i) * unweightedNorms[i];
            }
            strategy.observe(
                    stepLosses, new GradientNorms(weights, TaskValues.of(weighted), TaskValues.of(unweightedNorms)));
        }
        return weights;
    }

    /** Runs one step with the given losses and unit gradient norms. */
    TaskValues step(double... losses) {
        double[] norms = new double[losses.length];
        java.util.Arrays.fill(norms, 1.0);
        return step(losses, norms);
    }

    BalancingStrategy strategy() {
        return strategy;
    }
}
