package io.mtlbalance.core.training;

import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.GradientNorms;
import io.mtlbalance.core.balancing.Measurement;
import io.mtlbalance.core.balancing.StepLosses;
import io.mtlbalance.core.balancing.TaskValues;

/** A test strategy that applies fixed weights and keeps the gradient norms it is shown. */
final class FixedWeightsProbe implements BalancingStrategy {

    private final TaskValues weights;
    GradientNorms lastNorms;

    FixedWeightsProbe(double... weights) {
        this.weights = TaskValues.of(weights);
    }

    @Override
    public String name() {
        return "fixed-weights-probe";
    }

    @Override
    public Measurement measurement() {
        return Measurement.SHARED_LAYER_GRADIENT_NORMS;
    }

    @Override
    public TaskValues weigh(StepLosses losses) {
        return weights;
    }

    @Override
    public void observe(StepLosses losses, GradientNorms norms) {
        lastNorms = norms;
    }
}
