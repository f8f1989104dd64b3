package io.mtlbalance.core.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * A test metric of one task. Every built-in metric is a mean over examples, so the trainer
 * combines batches by a mean weighted by batch size and gets the exact test-set value.
 *
 * @param name the metric's name in records and reports, such as {@code accuracy}
 * @param direction which way the metric improves
 * @param formula computes the batch mean from predictions and labels
 */
public record TaskMetric(String name, Direction direction, Formula formula) {

    /** Computes a batch mean of a metric. */
    @FunctionalInterface
    public interface Formula {
        /**
         * Computes the metric's mean over one batch.
         *
         * @param prediction the head's output, batch first
         * @param label the labels of the same batch
         * @return the batch mean
         */
        double batchMean(NDArray prediction, NDArray label);
    }

    /** Returns classification accuracy in [0, 1]: the share of arg-max predictions equal to the label. */
    public static TaskMetric accuracy() {
        return new TaskMetric(
                "accuracy",
                Direction.HIGHER_IS_BETTER,
                (prediction, label) ->
                        prediction
                                .argMax(-1)
                                .toType(DataType.INT64, false)
                                .eq(label.reshape(-1).toType(DataType.INT64, false))
                                .toType(DataType.FLOAT64, false)
                                .mean()
                                .getDouble());
    }

    /** Returns the mean squared error over every element. */
    public static TaskMetric meanSquaredError() {
        return new TaskMetric(
                "mse",
                Direction.LOWER_IS_BETTER,
                (prediction, label) ->
                        prediction
                                .sub(label.reshape(prediction.getShape()))
                                .square()
                                .mean()
                                .toType(DataType.FLOAT64, false)
                                .getDouble());
    }

    /** Returns the mean absolute error over every element. */
    public static TaskMetric meanAbsoluteError() {
        return new TaskMetric(
                "mae",
                Direction.LOWER_IS_BETTER,
                (prediction, label) ->
                        prediction
                                .sub(label.reshape(prediction.getShape()))
                                .abs()
                                .mean()
                                .toType(DataType.FLOAT64, false)
                                .getDouble());
    }
}
