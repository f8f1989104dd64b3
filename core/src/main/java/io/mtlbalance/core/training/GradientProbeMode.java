package io.mtlbalance.core.training;

/** How the trainer measures per-task gradient norms at the last shared layer W. */
public enum GradientProbeMode {
    /**
     * Back-propagates all weighted task losses to the shared representation in one pass that
     * touches only the heads, then computes each {@code ||grad_W (w_i L_i)||} in closed form
     * with one matrix product. The trunk is back-propagated once, as in equal weighting.
     */
    SHARED_LAYER,
    /**
     * Runs one full forward and backward pass per task and reads W's gradient, as many public
     * implementations do. About T times the cost of a step; kept as the reference that tests
     * and the benchmark compare with.
     */
    BRUTE_FORCE
}
