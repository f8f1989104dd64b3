package io.mtlbalance.core.task;

import java.util.List;
import java.util.Objects;

/**
 * One task of a multitask problem: what its head outputs, the loss it trains on and the test
 * metrics it is judged by.
 *
 * @param name unique within a dataset; used in records, file names and reports
 * @param kind classification or regression
 * @param outputSize the number of values the task's head outputs per example
 * @param loss the training loss
 * @param metrics the test metrics; the first one is the task's primary metric
 * @param theoreticalInitialLoss the loss of an uninformed predictor, such as {@code ln C} for
 *     C-class cross-entropy, or {@code NaN} when the task has none
 */
public record Task(
        String name,
        TaskKind kind,
        int outputSize,
        TaskLoss loss,
        List<TaskMetric> metrics,
        double theoreticalInitialLoss) {

    /** Validates the fields and copies the metric list. */
    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(loss, "loss");
        if (name.isBlank() || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException(
                    "invalid task name '"
                            + name
                            + "': use letters, digits, '.', '_' or '-' so it can name files");
        }
        if (outputSize < 1) {
            throw new IllegalArgumentException(
                    "task '" + name + "' has output size " + outputSize + "; it must be at least 1");
        }
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("task '" + name + "' needs at least one metric");
        }
    }

    /**
     * Returns a classification task with {@code classes} classes, cross-entropy loss, accuracy
     * as the primary metric and {@code ln classes} as its theoretical initial loss.
     */
    public static Task classification(String name, int classes) {
        return new Task(
                name,
                TaskKind.CLASSIFICATION,
                classes,
                TaskLoss.crossEntropy(classes),
                List.of(TaskMetric.accuracy()),
                Math.log(classes));
    }

    /**
     * Returns a regression task with {@code outputSize} outputs, squared-error loss and mean
     * squared error as the primary metric. It has no theoretical initial loss.
     */
    public static Task regression(String name, int outputSize) {
        return new Task(
                name,
                TaskKind.REGRESSION,
                outputSize,
                TaskLoss.meanSquaredError(),
                List.of(TaskMetric.meanSquaredError(), TaskMetric.meanAbsoluteError()),
                Double.NaN);
    }

    /** Returns the metric that reports use for comparisons. */
    public TaskMetric primaryMetric() {
        return metrics.get(0);
    }
}
