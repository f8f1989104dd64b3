package io.mtlbalance.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class EngineOperationExceptionTest {

    @Test
    void nativeFailureNamesCallingArrayMethod() {
        RuntimeException failure = failure("MXNet error: one_hot needs integer indices",
                frame("ai.djl.mxnet.jna.JnaUtils", "checkCall"),
                frame("ai.djl.mxnet.engine.MxNDManager", "invoke"),
                frame("ai.djl.mxnet.engine.MxNDArray", "oneHot"),
                frame("io.mtlbalance.core.task.CrossEntropyLoss", "compute"));

        RuntimeException wrapped = EngineOperationException.wrap("MXNet", "training step 3", failure);

        EngineOperationException exception = assertInstanceOf(EngineOperationException.class, wrapped);
        assertEquals("MxNDArray.oneHot", exception.operation());
        assertEquals("MXNet", exception.engineName());
        assertSame(failure, exception.getCause());
        assertEquals("the MXNet engine failed in training step 3 at MxNDArray.oneHot: MXNet error: one_hot needs"
                + " integer indices; if the same run works on another engine, this engine does not support the"
                + " operation, so choose another engine", exception.getMessage());
    }

    @Test
    void unimplementedMethodNamesItself() {
        RuntimeException failure = new UnsupportedOperationException("Not implemented yet.");
        failure.setStackTrace(new StackTraceElement[] {
            frame("ai.djl.mxnet.engine.MxNDArray", "gather"), frame("io.mtlbalance.Caller", "loss")
        });

        EngineOperationException exception = assertInstanceOf(EngineOperationException.class,
                EngineOperationException.wrap("MXNet", "training step 0", failure));

        assertEquals("MxNDArray.gather", exception.operation());
    }

    @Test
    void failureOutsideDjlStaysUnchanged() {
        RuntimeException failure = failure("immutable list",
                frame("java.util.ImmutableCollections", "uoe"),
                frame("ai.djl.ndarray.NDList", "add"));

        assertSame(failure, EngineOperationException.wrap("PyTorch", "training step 0", failure));
    }

    private static RuntimeException failure(String message, StackTraceElement... frames) {
        RuntimeException failure = new RuntimeException(message);
        failure.setStackTrace(frames);
        return failure;
    }

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, null, -1);
    }
}
