package io.mtlbalance.core.training;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.engine.EngineOperationException;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.task.TaskMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes each task's test loss and metrics over the whole test split, as means weighted by
 * batch size, and the task-normalized loss against the losses before training.
 */
final class Evaluator {

    private final MultitaskModel model;
    private final MultitaskDataset dataset;
    private final int batchSize;
    private double[] initialLosses;

    Evaluator(MultitaskModel model, MultitaskDataset dataset, int batchSize) {
        this.model = model;
        this.dataset = dataset;
        this.batchSize = batchSize;
    }

    /** Returns the test losses before training, or {@code null} before the first evaluation. */
    double[] initialLosses() {
        return initialLosses == null ? null : initialLosses.clone();
    }

    /** Sets the test losses before training, from a checkpoint. */
    void restoreInitialLosses(double[] losses) {
        if (losses.length != dataset.tasks().size()) {
            throw new IllegalArgumentException(
                    "checkpoint contains " + losses.length + " initial test losses for " + dataset.tasks().size() + " tasks");
        }
        initialLosses = losses.clone();
    }

    /** Evaluates after {@code step} steps; the first call of a fresh trial defines the initial losses. */
    EvaluationRecord evaluate(NDManager parent, ParameterStore store, long step) {
        List<Task> tasks = dataset.tasks();
        int size = dataset.size(Split.TEST);
        double[] losses = new double[tasks.size()];
        List<Map<String, Double>> metrics = new ArrayList<>();
        for (Task task : tasks) {
            Map<String, Double> zeros = new LinkedHashMap<>();
            task.metrics().forEach(metric -> zeros.put(metric.name(), 0.0));
            metrics.add(zeros);
        }

        for (int start = 0; start < size; start += batchSize) {
            int[] indices = range(start, Math.min(size, start + batchSize));
            double share = (double) indices.length / size;
            try (NDManager batchManager = parent.newSubManager()) {
                addBatch(batchManager, store, indices, share, losses, metrics);
            } catch (EngineException | UnsupportedOperationException e) {
                String engine = parent.getEngine().getEngineName();
                throw EngineOperationException.wrap(engine, "the evaluation after step " + step, e);
            }
        }

        if (initialLosses == null) {
            initialLosses = losses.clone();
        }
        List<TaskEvaluation> evaluations = new ArrayList<>();
        double normalized = 0;
        for (int t = 0; t < tasks.size(); t++) {
            evaluations.add(new TaskEvaluation(losses[t], metrics.get(t)));
            normalized += losses[t] / initialLosses[t];
        }
        return new EvaluationRecord(step, evaluations, normalized);
    }

    /** Adds one test batch's losses and metrics, weighted by its share of the test split. */
    private void addBatch(NDManager batchManager, ParameterStore store, int[] indices, double share,
            double[] losses, List<Map<String, Double>> metrics) {
        List<Task> tasks = dataset.tasks();
        MultitaskBatch batch = dataset.batch(batchManager, Split.TEST, indices);
        NDList predictions = model.forward(store, new NDList(batch.input()), false);
        for (int t = 0; t < tasks.size(); t++) {
            NDArray prediction = predictions.get(t);
            Task task = tasks.get(t);
            losses[t] += share * task.loss().compute(prediction, batch.label(t)).getFloat();
            for (TaskMetric metric : task.metrics()) {
                double value = metric.formula().batchMean(prediction, batch.label(t));
                metrics.get(t).merge(metric.name(), share * value, Double::sum);
            }
        }
    }

    private static int[] range(int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return indices;
    }
}
