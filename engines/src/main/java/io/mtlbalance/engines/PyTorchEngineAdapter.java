package io.mtlbalance.engines;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import io.mtlbalance.core.engine.GradientAccumulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PyTorch engine (DJL {@code pytorch-engine} with the CPU native jar
 * {@code pytorch-native-cpu:linux-x86_64}).
 *
 * <p>DJL is told to stay offline, so the native library comes from the jar on the class path
 * and is never downloaded. Thread counts are fixed before the engine loads, because DJL passes
 * them to PyTorch only then. PyTorch adds each {@code backward} result into a parameter's
 * gradient and DJL does not clear it when a gradient collector opens, so
 * {@link #zeroGradients} clears it explicitly.
 *
 * <p>Limitations: PyTorch loads once per JVM. A second adapter with another thread count
 * cannot change it; {@link #describe()} reports the count PyTorch actually uses and a warning
 * is logged.
 */
public final class PyTorchEngineAdapter extends AbstractEngineAdapter {

    /** The name this adapter is bound under. */
    public static final String NAME = "pytorch";

    private static final Logger LOG = LoggerFactory.getLogger(PyTorchEngineAdapter.class);

    /**
     * Creates the adapter without loading PyTorch.
     *
     * @param threads intra-op threads PyTorch may use, at least 1; it uses one inter-op thread
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public PyTorchEngineAdapter(int threads) {
        super("PyTorch", threads);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void beforeLoad() {
        System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(threads()));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }

    @Override
    void afterLoad(Engine loaded) {
        int actual = JniUtils.getNumThreads();
        if (actual != threads()) {
            LOG.warn("PyTorch was already loaded in this JVM with {} intra-op threads; the requested {} cannot"
                    + " take effect until the JVM restarts", actual, threads());
        }
    }

    @Override
    String nativeArtifacts() {
        return "ai.djl.pytorch:pytorch-native-cpu (classifier linux-x86_64) and ai.djl.pytorch:pytorch-jni";
    }

    @Override
    String threadSettings(Engine loaded) {
        int intraOp = JniUtils.getNumThreads();
        return intraOp + " intra-op thread" + (intraOp == 1 ? "" : "s") + ", "
                + JniUtils.getNumInteropThreads() + " inter-op";
    }

    @Override
    public GradientAccumulation gradientAccumulation() {
        return GradientAccumulation.ACCUMULATE;
    }
}
