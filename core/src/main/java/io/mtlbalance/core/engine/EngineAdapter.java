package io.mtlbalance.core.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Collection;

/**
 * One DJL engine, set up for reproducible CPU training: its native library loaded without a
 * download, its random seed and thread counts set, and its gradient quirks hidden behind
 * {@link #zeroGradients}.
 *
 * <p>Implementations are bound by name in a Guice {@code MapBinder<String, EngineAdapter>}.
 */
public interface EngineAdapter {

    /** Returns the name the adapter is bound under, such as {@code pytorch}. */
    String name();

    /** Returns the DJL engine, loading its native library on first use. */
    Engine engine();

    /** Returns a one-line description with the engine's version and thread settings. */
    String describe();

    /**
     * Seeds every random generator the engine uses, so that parameter initialization is the
     * same for the same seed.
     */
    void seed(long seed);

    /** Returns a new base manager on the CPU; the caller closes it. */
    default NDManager newManager() {
        return engine().newBaseManager();
    }

    /** Returns what repeated {@code backward} calls do to a parameter's gradient. */
    GradientAccumulation gradientAccumulation();

    /** Sets the gradients of {@code parameters} to zero, so the next backward pass starts clean. */
    void zeroGradients(Collection<NDArray> parameters);
}
