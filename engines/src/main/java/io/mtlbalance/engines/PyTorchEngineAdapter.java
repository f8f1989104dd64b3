package io.mtlbalance.engines;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.engine.GradientAccumulation;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PyTorch engine (DJL {@code pytorch-engine} with the CPU native jar
 * {@code pytorch-native-cpu:linux-x86_64}).
 *
 * <p>DJL is told to stay offline, so the native library comes from the jar on the class path
 * and is never downloaded. Thread counts are fixed before the engine loads, because PyTorch
 * reads them once. PyTorch adds each {@code backward} result into a parameter's gradient and
 * DJL does not clear it when a gradient collector opens, so {@link #zeroGradients} clears it
 * explicitly.
 */
public final class PyTorchEngineAdapter implements EngineAdapter {

    /** The name this adapter is bound under. */
    public static final String NAME = "pytorch";

    private static final Logger LOG = LoggerFactory.getLogger(PyTorchEngineAdapter.class);
    private static final String DJL_ENGINE_NAME = "PyTorch";

    private final int threads;
    private Engine engine;

    /**
     * Creates the adapter.
     *
     * @param threads intra-op threads PyTorch may use, at least 1; it uses one inter-op thread
     */
    public PyTorchEngineAdapter(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; it must be at least 1");
        }
        this.threads = threads;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized Engine engine() {
        if (engine == null) {
            engine = load();
        }
        return engine;
    }

    private Engine load() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        try {
            Engine loaded = Engine.getEngine(DJL_ENGINE_NAME);
            LOG.info("Loaded {}", describe(loaded));
            return loaded;
        } catch (EngineException | IllegalArgumentException | UnsatisfiedLinkError e) {
            throw new EngineUnavailableException(
                    "could not load the PyTorch engine offline; check that ai.djl.pytorch:pytorch-native-cpu"
                            + " (classifier linux-x86_64) and pytorch-jni are on the class path: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public String describe() {
        return describe(engine());
    }

    private String describe(Engine loaded) {
        return "PyTorch " + loaded.getVersion() + " (DJL " + Engine.getDjlVersion() + ", CPU, "
                + threads + " intra-op thread" + (threads == 1 ? "" : "s") + ")";
    }

    @Override
    public void seed(long seed) {
        engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }

    @Override
    public GradientAccumulation gradientAccumulation() {
        return GradientAccumulation.ACCUMULATE;
    }

    @Override
    public void zeroGradients(Collection<NDArray> parameters) {
        for (NDArray parameter : parameters) {
            if (parameter.hasGradient()) {
                try (NDArray gradient = parameter.getGradient()) {
                    gradient.subi(gradient);
                }
            }
        }
    }
}
