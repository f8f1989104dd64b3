package io.mtlbalance.engines;

import ai.djl.engine.Engine;
import io.mtlbalance.core.engine.GradientAccumulation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Apache MXNet engine (DJL {@code mxnet-engine} with the native jar
 * {@code mxnet-native-mkl:linux-x86_64}).
 *
 * <p>DJL runs offline. Its MXNet loader finds {@code native/lib/mxnet.properties} in the native
 * jar on the class path, copies the libraries listed there into DJL's cache folder and loads
 * them from there, so nothing is downloaded. The cache folder is {@code ~/.djl.ai/mxnet}
 * unless {@code ENGINE_CACHE_DIR} or {@code DJL_CACHE_DIR} is set. {@code MXNET_LIBRARY_PATH}
 * still overrides the jar, as in DJL.
 *
 * <p>Engine settings: MXNet takes its thread count and engine type from environment variables,
 * read once when its library loads or its engine starts. Its C API can change the OpenMP count
 * later only for the calling thread ({@code MXSetNumOMPThreads}). Java's API cannot change the
 * process environment, so before the first load this adapter sets the variables through the C
 * library:
 * <ul>
 *   <li>{@code OMP_NUM_THREADS} = the thread count given here: OpenMP threads per operator;
 *   <li>{@code MXNET_ENGINE_TYPE} = {@code NaiveEngine}: each operator runs at once on the
 *       calling thread instead of being queued for MXNet's worker threads. The networks here
 *       are small, so the hand-off to a worker costs more than the operator. On a 2-core VM
 *       shared with other builds (load 4 to 8), a Maven run of the engines module's parity suite
 *       took 21 s with {@code NaiveEngine} and 213 s with the default
 *       {@code ThreadedEnginePerDevice}.
 *       An operator that fails also fails at its own call, so errors name the right operator.
 * </ul>
 * What cannot be set from Java: any of these after MXNet has loaded in this JVM, even when other
 * code loaded it. A second adapter with a different thread count therefore runs with the first
 * one's settings. {@link #describe()} reports the settings in effect, and a warning is logged.
 *
 * <p>Gradients: a {@code backward} call overwrites a parameter's gradient (DJL attaches
 * gradients with MXNet's {@code write} request), so two backward passes in one gradient
 * collector leave only the second pass's gradient.
 */
public final class MxNetEngineAdapter extends AbstractEngineAdapter {

    /** The name this adapter is bound under. */
    public static final String NAME = "mxnet";

    static final String OMP_THREADS = "OMP_NUM_THREADS";
    static final String ENGINE_TYPE = "MXNET_ENGINE_TYPE";

    private static final Logger LOG = LoggerFactory.getLogger(MxNetEngineAdapter.class);

    /** The environment MXNet read when the first adapter of this JVM loaded it; null before. */
    private static Map<String, String> loadSettings;

    /**
     * Creates the adapter without loading MXNet.
     *
     * @param threads OpenMP threads one MXNet operator may use, at least 1
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public MxNetEngineAdapter(int threads) {
        super("MXNet", threads);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void beforeLoad() {
        synchronized (MxNetEngineAdapter.class) {
            if (loadSettings != null) {
                return;
            }
            try {
                loadSettings = applyEngineSettings(threads());
            } catch (LinkageError | IllegalStateException e) {
                throw new EngineUnavailableException(
                        "could not set MXNet's engine variables in the process environment: " + e.getMessage()
                                + "; set " + OMP_THREADS + " and " + ENGINE_TYPE + " before starting Java",
                        e);
            }
        }
    }

    /** Sets the variables and returns them as read back from the environment MXNet will read. */
    private static Map<String, String> applyEngineSettings(int threads) {
        ProcessEnvironment.set(OMP_THREADS, String.valueOf(threads));
        ProcessEnvironment.set(ENGINE_TYPE, "NaiveEngine");

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(OMP_THREADS, ProcessEnvironment.get(OMP_THREADS));
        settings.put(ENGINE_TYPE, ProcessEnvironment.get(ENGINE_TYPE));
        return settings;
    }

    @Override
    void afterLoad(Engine loaded) {
        String ompThreads = settings().get(OMP_THREADS);
        if (!String.valueOf(threads()).equals(ompThreads)) {
            LOG.warn("MXNet was already loaded in this JVM with {}={}; the requested {} threads cannot take"
                    + " effect until the JVM restarts", OMP_THREADS, ompThreads, threads());
        }
    }

    @Override
    String nativeArtifacts() {
        return "ai.djl.mxnet:mxnet-native-mkl (classifier linux-x86_64) and ai.djl.mxnet:mxnet-engine";
    }

    @Override
    String threadSettings(Engine loaded) {
        return settings().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static synchronized Map<String, String> settings() {
        return Objects.requireNonNull(loadSettings, "MXNet settings are read before the engine loads");
    }

    @Override
    public GradientAccumulation gradientAccumulation() {
        return GradientAccumulation.OVERWRITE;
    }
}
