package io.mtlbalance.core.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.engine.GradientAccumulation;
import java.util.Collection;

/**
 * The PyTorch engine for core's own tests. Core may not depend on the engines module, so this
 * minimal adapter stands in for it; the engines module tests the real adapters.
 */
final class TestEngine implements EngineAdapter {

    static final TestEngine PYTORCH = new TestEngine();

    private TestEngine() {}

    @Override
    public String name() {
        return "pytorch-test";
    }

    @Override
    public Engine engine() {
        return Engine.getEngine("PyTorch");
    }

    @Override
    public String describe() {
        return "PyTorch for core tests";
    }

    @Override
    public void seed(long seed) {
        engine().setRandomSeed((int) seed);
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
