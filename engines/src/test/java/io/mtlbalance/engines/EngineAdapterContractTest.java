package io.mtlbalance.engines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.mxnet.jna.LibUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import com.sun.jna.NativeLibrary;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.engine.GradientAccumulation;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every engine adapter keeps, run against each adapter as DJL runs one suite
 * against every engine: seeding, thread settings, zeroing gradients, and the declared meaning
 * of repeated {@code backward} calls checked against what the engine does.
 */
class EngineAdapterContractTest {

    /** One adapter with what its engine reports about threads, from the engine itself. */
    record AdapterCase(EngineAdapter adapter, String threadSetting, IntSupplier threadsInEffect) {
        @Override
        public String toString() {
            return adapter.name();
        }
    }

    static Stream<AdapterCase> adapters() {
        return Stream.of(
                new AdapterCase(TestAdapters.PYTORCH, TestAdapters.THREADS + " intra-op thread",
                        JniUtils::getNumThreads),
                new AdapterCase(TestAdapters.MXNET, "OMP_NUM_THREADS=" + TestAdapters.THREADS,
                        EngineAdapterContractTest::mxnetOpenMpThreads));
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void sameSeedGivesSameParameters(AdapterCase tested) {
        assertArrayEquals(initializedWeight(tested.adapter(), 7), initializedWeight(tested.adapter(), 7));
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void differentSeedGivesDifferentParameters(AdapterCase tested) {
        float[] first = initializedWeight(tested.adapter(), 7);
        float[] second = initializedWeight(tested.adapter(), 8);

        assertFalse(java.util.Arrays.equals(first, second), "seeds 7 and 8 gave the same weights");
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void describeReportsThreadSetting(AdapterCase tested) {
        String description = tested.adapter().describe();

        assertTrue(description.contains(tested.threadSetting()), description);
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void engineUsesConfiguredThreads(AdapterCase tested) {
        assertEquals(TestAdapters.THREADS, tested.threadsInEffect().getAsInt());
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void zeroGradientsClearsEveryGradient(AdapterCase tested) {
        try (NDManager manager = tested.adapter().newManager()) {
            NDArray x = manager.create(new float[] {1, 2, 3});
            NDArray y = manager.create(new float[] {4, 5});
            NDArray withoutGradient = manager.create(new float[] {6});
            x.setRequiresGradient(true);
            y.setRequiresGradient(true);
            try (GradientCollector collector = tested.adapter().engine().newGradientCollector()) {
                collector.backward(x.mul(3).sum().add(y.square().sum()));
            }
            assertArrayEquals(new float[] {3, 3, 3}, x.getGradient().toFloatArray(), "gradient before zeroing");

            tested.adapter().zeroGradients(List.of(x, y, withoutGradient));

            assertArrayEquals(new float[] {0, 0, 0}, x.getGradient().toFloatArray());
            assertArrayEquals(new float[] {0, 0}, y.getGradient().toFloatArray());
        }
    }

    /**
     * Two backward passes in one collector: {@code sum(x^2)} has gradient {@code 2x = (2, 4, 6)}
     * at {@code x = (1, 2, 3)}, and {@code sum(5x)} has gradient {@code (5, 5, 5)}. Accumulating
     * leaves their sum {@code (7, 9, 11)}, overwriting leaves {@code (5, 5, 5)}.
     */
    @ParameterizedTest
    @MethodSource("adapters")
    void declaredAccumulationMatchesEngine(AdapterCase tested) {
        float[] accumulated = {7, 9, 11};
        float[] overwritten = {5, 5, 5};
        float[] expected =
                tested.adapter().gradientAccumulation() == GradientAccumulation.ACCUMULATE ? accumulated : overwritten;

        float[] measured;
        try (NDManager manager = tested.adapter().newManager()) {
            NDArray x = manager.create(new float[] {1, 2, 3});
            x.setRequiresGradient(true);
            try (GradientCollector collector = tested.adapter().engine().newGradientCollector()) {
                collector.backward(x.square().sum());
                collector.backward(x.mul(5).sum());
            }
            measured = x.getGradient().toFloatArray();
        }

        assertArrayEquals(expected, measured,
                tested.adapter().name() + " declares " + tested.adapter().gradientAccumulation());
    }

    private static float[] initializedWeight(EngineAdapter adapter, long seed) {
        adapter.seed(seed);
        Linear layer = Linear.builder().setUnits(4).build();
        try (NDManager manager = adapter.newManager()) {
            layer.initialize(manager, DataType.FLOAT32, new Shape(1, 6));
            return layer.getParameters().get("weight").getArray().toFloatArray();
        }
    }

    /**
     * Asks the OpenMP runtime that MXNet loaded how many threads a parallel region gets. DJL
     * extracts {@code libgomp.so.1} next to {@code libmxnet.so}, and loading the same path again
     * returns the library already in memory, whose thread count came from the environment.
     */
    private static int mxnetOpenMpThreads() {
        Path gomp = Path.of(LibUtils.getLibName()).resolveSibling("libgomp.so.1");
        return NativeLibrary.getInstance(gomp.toString()).getFunction("omp_get_max_threads").invokeInt(new Object[0]);
    }
}
