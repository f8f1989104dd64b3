package io.mtlbalance.engines;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import io.mtlbalance.core.engine.EngineAdapter;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part every adapter shares. It loads the DJL engine once, offline, after the subclass has
 * fixed the settings the native library reads at load time. It seeds through DJL, and it zeroes
 * gradients by subtracting each gradient from itself.
 *
 * <p>Loading sets two JVM-wide system properties. {@code ai.djl.offline=true} comes before the
 * load, so DJL never downloads a native library. After a successful load,
 * {@code ai.djl.default_engine} names this engine unless it is already set. DJL ranks MXNet
 * first when both engines are on the class path, so without that property any DJL code that
 * requests the default engine would load MXNet even when the user chose PyTorch.
 */
abstract class AbstractEngineAdapter implements EngineAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractEngineAdapter.class);
    private static final String OFFLINE_PROPERTY = "ai.djl.offline";
    private static final String DEFAULT_ENGINE_PROPERTY = "ai.djl.default_engine";

    private final String djlEngineName;
    private final int threads;
    private Engine engine;

    /**
     * Creates the adapter without loading the engine.
     *
     * @param djlEngineName the name DJL registers the engine under, such as {@code PyTorch}
     * @param threads the threads one operator may use, at least 1
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    AbstractEngineAdapter(String djlEngineName, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; it must be at least 1");
        }
        this.djlEngineName = djlEngineName;
        this.threads = threads;
    }

    /** Returns the thread count this adapter was created with. */
    final int threads() {
        return threads;
    }

    @Override
    public final synchronized Engine engine() {
        if (engine == null) {
            engine = load();
        }
        return engine;
    }

    private Engine load() {
        System.setProperty(OFFLINE_PROPERTY, "true");
        beforeLoad();

        Engine loaded;
        try {
            loaded = Engine.getEngine(djlEngineName);
        } catch (EngineException | IllegalArgumentException | LinkageError e) {
            throw new EngineUnavailableException(
                    "could not load the " + djlEngineName + " engine offline; check that " + nativeArtifacts()
                            + " are on the class path: " + innermostMessage(e),
                    e);
        }
        // Set only now: DJL rejects an unknown default engine when its Engine class initializes,
        // and from then on it reads the property at every request for the default engine.
        if (System.getProperty(DEFAULT_ENGINE_PROPERTY) == null) {
            System.setProperty(DEFAULT_ENGINE_PROPERTY, djlEngineName);
        }
        afterLoad(loaded);
        LOG.info("Loaded {}", describe(loaded));
        return loaded;
    }

    /** Returns the message of the deepest cause that has one, because DJL wraps native failures. */
    private static String innermostMessage(Throwable failure) {
        String message = failure.toString();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    /**
     * Fixes the settings the native library reads when it loads. Called once per adapter,
     * before the engine is first requested from DJL.
     */
    abstract void beforeLoad();

    /** Checks or logs what the engine actually applied; the default does nothing. */
    void afterLoad(Engine loaded) {}

    /** Returns the Maven artifacts that carry the engine's native library, for error messages. */
    abstract String nativeArtifacts();

    /** Returns the thread settings the loaded engine runs with, for {@link #describe()}. */
    abstract String threadSettings(Engine loaded);

    @Override
    public final String describe() {
        return describe(engine());
    }

    private String describe(Engine loaded) {
        return djlEngineName + " " + loaded.getVersion() + " (DJL " + Engine.getDjlVersion() + ", CPU, "
                + threadSettings(loaded) + ")";
    }

    /**
     * Seeds DJL's Java-side generator and the engine's native generators. The 64-bit seed is
     * folded to the 32 bits DJL accepts, so seeds that differ only in a way the fold cancels
     * give the same stream.
     */
    @Override
    public final void seed(long seed) {
        engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }

    @Override
    public final void zeroGradients(Collection<NDArray> parameters) {
        for (NDArray parameter : parameters) {
            if (parameter.hasGradient()) {
                try (NDArray gradient = parameter.getGradient()) {
                    gradient.subi(gradient);
                }
            }
        }
    }
}
