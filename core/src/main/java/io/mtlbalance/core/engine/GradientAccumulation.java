package io.mtlbalance.core.engine;

/** What an engine does with a parameter's gradient when {@code backward} runs again. */
public enum GradientAccumulation {
    /** Adds the new gradient to the stored one (PyTorch). */
    ACCUMULATE,
    /** Replaces the stored gradient (MXNet). */
    OVERWRITE
}
