package io.mtlbalance.core.balancing;

/** What a strategy needs measured in each training step, cheapest first. */
public enum Measurement {
    /** The task losses only. */
    LOSSES,
    /**
     * The task losses and, per task, the L2 norm of the gradient of its loss with respect to
     * the weights W of the last shared layer.
     */
    SHARED_LAYER_GRADIENT_NORMS
}
