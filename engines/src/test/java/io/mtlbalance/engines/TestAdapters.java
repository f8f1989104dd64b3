package io.mtlbalance.engines;

import io.mtlbalance.core.engine.EngineAdapter;
import java.util.List;

/**
 * The adapters every engines test shares. Each native library loads once per JVM and keeps the
 * thread settings of that first load, so all tests use these instances. PyTorch loads first:
 * DJL infers the output shape of a lambda block on the default engine (PyTorch in this build),
 * so MXNet training would otherwise load PyTorch before its adapter set the thread counts.
 */
final class TestAdapters {

    /**
     * Threads per engine. One, because both engines use every core by default, so on any
     * machine with two or more cores the thread test can tell whether the setting took effect.
     */
    static final int THREADS = 1;

    static final PyTorchEngineAdapter PYTORCH = new PyTorchEngineAdapter(THREADS);
    static final MxNetEngineAdapter MXNET = new MxNetEngineAdapter(THREADS);

    static {
        PYTORCH.engine();
        MXNET.engine();
    }

    private TestAdapters() {}

    /** Returns both adapters, PyTorch first, for parameterized tests. */
    static List<EngineAdapter> all() {
        return List.of(PYTORCH, MXNET);
    }
}
