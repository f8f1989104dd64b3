package io.mtlbalance.engines;

/** Thrown when an engine's native library cannot be loaded on this machine. */
public final class EngineUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names what to check, keeping the cause. */
    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
