package io.mtlbalance.core.balancing;

import java.util.List;

/**
 * The "GradNorm static" control of the GradNorm paper (Chen, Badrinarayanan, Lee, Rabinovich,
 * ICML 2018, arXiv 1711.02257), run beside its grid search: a network retrained from scratch
 * with fixed weights equal to the time-averaged weights that GradNorm learned,
 * {@code w_i = mean_t w_i(t)} over every step of a finished GradNorm trial. It separates the
 * benefit of changing the weights during training from the benefit of good average weights.
 *
 * <p>The weights arrive through {@link StrategyOptions#staticWeights()}: the experiment runner
 * averages them from the records of the GradNorm trial with the same seed and sets them before
 * it creates this strategy. Sum convention: the weights sum to the sum of the averaged weights,
 * which is GradNorm's renormalization total (T by default).
 */
public final class GradNormStatic {

    /** The name this strategy is bound under. */
    public static final String NAME = "gradnorm-static";

    private GradNormStatic() {}

    /** Creates the static weighting of one trial from the time-averaged GradNorm weights in the options. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "fixed weights equal to the time-averaged weights of the GradNorm trial with the same seed"
                    + " (GradNorm static, Chen et al., ICML 2018)";
        }

        /**
         * Creates static weighting named {@link #NAME}.
         *
         * @throws IllegalArgumentException if the options hold no static weights (no GradNorm trial
         *     was averaged) or not one per task
         */
        @Override
        public BalancingStrategy create(StrategySettings settings) {
            List<Double> weights = settings.options().staticWeights();
            if (weights.isEmpty()) {
                throw new IllegalArgumentException("strategy '" + NAME + "' needs the time-averaged weights of a"
                        + " finished '" + GradNorm.NAME + "' trial with the same seed, but none were given;"
                        + " the experiment runner supplies them when the run includes " + GradNorm.NAME
                        + ", for example --strategies " + GradNorm.NAME + "," + NAME);
            }
            return new StaticWeighting(NAME, weights, settings.taskCount());
        }
    }
}
