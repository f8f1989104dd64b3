package io.mtlbalance.core.engine;

/**
 * Thrown when the DJL engine fails to run an operation the trainer needs, most often an
 * operator the engine does not implement, such as {@code gather} on MXNet. The message names
 * the engine, the training phase and the DJL method that failed, and keeps the engine's own
 * message. The engine's exception is the cause.
 */
public final class EngineOperationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String engineName;
    private final String operation;

    private EngineOperationException(String engineName, String phase, String operation, RuntimeException cause) {
        super("the " + engineName + " engine failed in " + phase + " at " + operation + ": " + cause.getMessage()
                + "; if the same run works on another engine, this engine does not support the operation,"
                + " so choose another engine", cause);
        this.engineName = engineName;
        this.operation = operation;
    }

    /**
     * Wraps a failure raised inside DJL, naming the engine and the failed method. A failure
     * raised outside DJL's own code is a bug of the caller, not of the engine, so it is
     * returned unchanged.
     *
     * @param engineName the DJL engine's name, such as {@code MXNet}
     * @param phase what the trainer was doing, such as {@code training step 12}
     * @param failure what the engine threw, typically {@code ai.djl.engine.EngineException} or
     *     {@link UnsupportedOperationException}
     * @return the exception to throw
     */
    public static RuntimeException wrap(String engineName, String phase, RuntimeException failure) {
        StackTraceElement origin = failedOperation(failure.getStackTrace());
        if (origin == null) {
            return failure;
        }
        String operation = origin.getClassName().substring(origin.getClassName().lastIndexOf('.') + 1) + "."
                + origin.getMethodName();
        return new EngineOperationException(engineName, phase, operation, failure);
    }

    /**
     * Returns the innermost DJL frame that names an operation. Native bindings (classes in a
     * {@code jna} or {@code jni} package) and managers, which dispatch operators by name,
     * are skipped. Returns null when the innermost frame lies outside DJL.
     */
    private static StackTraceElement failedOperation(StackTraceElement[] frames) {
        if (frames.length == 0 || !isDjl(frames[0])) {
            return null;
        }
        for (StackTraceElement frame : frames) {
            String className = frame.getClassName();
            boolean binding = className.contains(".jna.") || className.contains(".jni.");
            if (isDjl(frame) && !binding && !className.endsWith("NDManager")) {
                return frame;
            }
        }
        return frames[0];
    }

    private static boolean isDjl(StackTraceElement frame) {
        return frame.getClassName().startsWith("ai.djl.");
    }

    /** Returns the name of the engine that failed, such as {@code MXNet}. */
    public String engineName() {
        return engineName;
    }

    /** Returns the DJL method that failed, as {@code Class.method}, such as {@code MxNDArray.gather}. */
    public String operation() {
        return operation;
    }
}
