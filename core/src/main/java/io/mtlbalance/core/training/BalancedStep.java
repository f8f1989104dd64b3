package io.mtlbalance.core.training;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.GradientNorms;
import io.mtlbalance.core.balancing.Measurement;
import io.mtlbalance.core.balancing.StepLosses;
import io.mtlbalance.core.balancing.TaskValues;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.engine.EngineOperationException;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.model.SharedForward;
import io.mtlbalance.core.task.Task;
import java.util.List;
import java.util.Optional;

/**
 * One balanced training step without the optimizer update: forward, task losses, the
 * strategy's weights, the backward pass of {@code sum_i w_i L_i}, and the measurements the
 * strategy asked for. It leaves the gradient {@code sum_i w_i grad L_i} on every shared
 * parameter and {@code w_i grad L_i} on head i; the caller then applies its optimizer.
 *
 * <p>This is the piece to drop into your own DJL training loop. It opens and closes its own
 * gradient collector, so none may be open when {@link #run} is called. Arrays it creates belong
 * to the batch's manager; close that manager after each step.
 */
public final class BalancedStep {

    private final MultitaskModel model;
    private final List<Task> tasks;
    private final BalancingStrategy strategy;
    private final GradientProbeMode probeMode;

    /**
     * Creates the step.
     *
     * @param model the network, already initialized
     * @param tasks one task per head, in head order
     * @param strategy the trial's balancing strategy
     * @param probeMode how gradient norms are measured when the strategy asks for them
     */
    public BalancedStep(MultitaskModel model, List<Task> tasks, BalancingStrategy strategy, GradientProbeMode probeMode) {
        if (tasks.size() != model.taskCount()) {
            throw new IllegalArgumentException(
                    tasks.size() + " tasks for a model with " + model.taskCount() + " heads; give one task per head");
        }
        this.model = model;
        this.tasks = List.copyOf(tasks);
        this.strategy = strategy;
        this.probeMode = probeMode;
    }

    /**
     * Runs one step on {@code batch} and returns what it measured and applied.
     *
     * @param store the parameter store the optimizer updates
     * @param batch this step's batch
     * @param step the 0-based step index
     * @throws DivergenceException if a loss, weight or gradient norm is not finite
     * @throws EngineOperationException if the engine fails to run an operation of the step
     */
    public StepRecord run(ParameterStore store, MultitaskBatch batch, long step) {
        try {
            return runMeasured(store, batch, step);
        } catch (EngineException | UnsupportedOperationException e) {
            String engine = batch.input().getManager().getEngine().getEngineName();
            throw EngineOperationException.wrap(engine, "training step " + step, e);
        }
    }

    private StepRecord runMeasured(ParameterStore store, MultitaskBatch batch, long step) {
        boolean needsNorms = strategy.measurement() == Measurement.SHARED_LAYER_GRADIENT_NORMS;
        if (!needsNorms) {
            return runOnLosses(store, batch, step);
        }
        return probeMode == GradientProbeMode.SHARED_LAYER
                ? runWithSharedLayerProbe(store, batch, step)
                : runWithBruteForceProbe(store, batch, step);
    }

    private StepRecord runOnLosses(ParameterStore store, MultitaskBatch batch, long step) {
        Engine engine = batch.input().getManager().getEngine();
        try (GradientCollector collector = engine.newGradientCollector()) {
            NDArray representation = model.forwardShared(store, batch.input(), true).representation();
            NDList losses = taskLosses(store, batch, i -> representation);
            StepLosses stepLosses = measured(losses, step);
            TaskValues weights = checkedWeights(stepLosses, step);

            collector.backward(weightedSum(losses, weights));
            return new StepRecord(step, stepLosses.losses(), weights, Optional.empty());
        }
    }

    /**
     * Cuts the graph at the shared representation h: each head reads its own detached copy of
     * h (copies side by side, shape (batch, T, units)), so one backward pass through the heads
     * leaves {@code w_i dL_i/dh} on copy i. The probe
     * turns those into norms at W, and one more backward pass carries their sum through the
     * trunk.
     */
    private StepRecord runWithSharedLayerProbe(ParameterStore store, MultitaskBatch batch, long step) {
        Engine engine = batch.input().getManager().getEngine();
        SharedForward forward;
        NDArray headInputs;
        NDArray taskGradients;
        StepLosses stepLosses;
        TaskValues weights;
        try (GradientCollector collector = engine.newGradientCollector()) {
            forward = model.forwardShared(store, batch.input(), true);
            NDArray representation = forward.representation();
            headInputs = representation.stopGradient().expandDims(1).repeat(1, tasks.size());
            headInputs.setRequiresGradient(true);

            NDList losses = taskLosses(store, batch, i -> headInputs.get(new NDIndex(":, {}", i)));
            stepLosses = measured(losses, step);
            weights = checkedWeights(stepLosses, step);
            collector.backward(weightedSum(losses, weights));

            taskGradients = headInputs.getGradient();
            collector.backward(representation.mul(taskGradients.sum(new int[] {1})).sum());
        }

        NDArray weighted = GradientProbe.norms(forward, model.sharedActivation(), taskGradients);
        return observed(stepLosses, weights, TaskValues.of(toDoubles(weighted.toFloatArray())), step);
    }

    /**
     * Measures each task's gradient at W with its own full forward and backward pass, then
     * runs the real step. Kept as a reference: it costs about T + 1 passes.
     */
    private StepRecord runWithBruteForceProbe(ParameterStore store, MultitaskBatch batch, long step) {
        Engine engine = batch.input().getManager().getEngine();
        NDArray sharedWeight = model.sharedWeight().getArray();
        StepLosses stepLosses = null;
        TaskValues weights = null;
        double[] weighted = new double[tasks.size()];
        for (int task = 0; task < tasks.size(); task++) {
            zeroGradients();
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray representation = model.forwardShared(store, batch.input(), true).representation();
                NDList losses = taskLosses(store, batch, i -> representation);
                if (weights == null) {
                    stepLosses = measured(losses, step);
                    weights = checkedWeights(stepLosses, step);
                }
                collector.backward(losses.get(task).mul(weights.get(task)));
            }
            try (NDArray gradient = sharedWeight.getGradient()) {
                weighted[task] = euclideanNorm(gradient.toFloatArray());
            }
        }

        zeroGradients();
        try (GradientCollector collector = engine.newGradientCollector()) {
            NDArray representation = model.forwardShared(store, batch.input(), true).representation();
            collector.backward(weightedSum(taskLosses(store, batch, i -> representation), weights));
        }
        return observed(stepLosses, weights, TaskValues.of(weighted), step);
    }

    private StepRecord observed(StepLosses losses, TaskValues weights, TaskValues weightedNorms, long step) {
        double[] unweighted = new double[weights.size()];
        for (int task = 0; task < unweighted.length; task++) {
            unweighted[task] = weightedNorms.get(task) / weights.get(task);
        }
        checkFinite(weightedNorms, "gradient norm", step);

        strategy.observe(losses, new GradientNorms(weights, weightedNorms, TaskValues.of(unweighted)));
        return new StepRecord(step, losses.losses(), weights, Optional.of(weightedNorms));
    }

    private NDList taskLosses(ParameterStore store, MultitaskBatch batch, HeadInput headInput) {
        NDList losses = new NDList(tasks.size());
        for (int task = 0; task < tasks.size(); task++) {
            NDArray prediction = model.forwardHead(task, store, headInput.forTask(task), true);
            losses.add(tasks.get(task).loss().compute(prediction, batch.label(task)));
        }
        return losses;
    }

    private StepLosses measured(NDList losses, long step) {
        float[] values = NDArrays.stack(losses).stopGradient().toFloatArray();
        TaskValues taskLosses = TaskValues.of(toDoubles(values));
        checkFinite(taskLosses, "loss", step);
        return new StepLosses(step, taskLosses);
    }

    private TaskValues checkedWeights(StepLosses losses, long step) {
        TaskValues weights = strategy.weigh(losses);
        if (weights.size() != tasks.size()) {
            throw new IllegalStateException(
                    "strategy '" + strategy.name() + "' returned " + weights.size() + " weights for " + tasks.size() + " tasks");
        }
        checkFinite(weights, "weight", step);
        if (strategy.measurement() == Measurement.SHARED_LAYER_GRADIENT_NORMS) {
            for (int task = 0; task < weights.size(); task++) {
                if (!(weights.get(task) > 0)) {
                    throw new IllegalStateException(
                            "strategy '" + strategy.name() + "' measures gradient norms but gave task '"
                                    + tasks.get(task).name() + "' weight " + weights.get(task)
                                    + "; such strategies must keep every weight > 0");
                }
            }
        }
        return weights;
    }

    private static NDArray weightedSum(NDList losses, TaskValues weights) {
        NDArray weightArray = losses.head().getManager().create(toFloats(weights.toArray()));
        return NDArrays.stack(losses).mul(weightArray).sum();
    }

    private void checkFinite(TaskValues values, String quantity, long step) {
        int task = values.firstNonFinite();
        if (task >= 0) {
            throw new DivergenceException(step, tasks.get(task).name(), quantity, values.get(task));
        }
    }

    private void zeroGradients() {
        for (Parameter parameter : model.getParameters().values()) {
            NDArray array = parameter.getArray();
            if (array.hasGradient()) {
                try (NDArray gradient = array.getGradient()) {
                    gradient.subi(gradient);
                }
            }
        }
    }

    /** Computed on the Java side: arithmetic on a gradient array would attach its results to the parameters' manager. */
    private static double euclideanNorm(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }

    private static double[] toDoubles(float[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    /** Chooses what head {@code task} reads: the shared representation or its detached copy. */
    @FunctionalInterface
    private interface HeadInput {
        NDArray forTask(int task);
    }
}
