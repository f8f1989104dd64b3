package io.mtlbalance.core.balancing;

/**
 * Decides how much each task's loss counts in each training step. This is the extension point
 * of mtlbalance: a new strategy is one implementation plus one binding of its
 * {@link StrategyFactory}.
 *
 * <p>Each step the trainer computes the task losses, calls {@link #weigh} and trains the
 * network on {@code sum_i w_i L_i} with the returned weights. If {@link #measurement()} asks
 * for gradient norms, the trainer then measures them with those same weights and calls
 * {@link #observe}, where the strategy updates the weights of the next step.
 *
 * <p>One instance belongs to one trial and is not thread-safe.
 */
public interface BalancingStrategy {

    /** Returns the name this strategy is bound under, such as {@code gradnorm}. */
    String name();

    /** Returns what the trainer must measure each step; nothing more is computed. */
    Measurement measurement();

    /**
     * Returns the task weights to apply in this step. Each weight must be finite; the trainer
     * records them.
     *
     * @param losses this step's unweighted losses
     */
    TaskValues weigh(StepLosses losses);

    /**
     * Receives the gradient norms measured with the weights {@link #weigh} returned. Called
     * once per step, after {@link #weigh}, only when {@link #measurement()} is
     * {@link Measurement#SHARED_LAYER_GRADIENT_NORMS}.
     */
    default void observe(StepLosses losses, GradientNorms norms) {}

    /** Returns a snapshot of the state learned so far, for checkpoints. */
    default StrategyState saveState() {
        return StrategyState.EMPTY;
    }

    /**
     * Restores a snapshot taken by {@link #saveState()} of a strategy with the same settings.
     *
     * @throws IllegalArgumentException if the snapshot does not fit this strategy
     */
    default void restoreState(StrategyState state) {}
}
