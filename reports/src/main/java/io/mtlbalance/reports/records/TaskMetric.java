package io.mtlbalance.reports.records;

import java.util.Objects;

/**
 * One row of tasks.csv: a metric that the runner evaluates for a task.
 *
 * @param task the task name, never null
 * @param metric the metric name as it appears in evaluations.csv and final.csv, never null
 * @param direction which way the metric improves, never null
 * @param primary whether this is the task's headline metric, the one that paper claims compare
 */
public record TaskMetric(String task, String metric, MetricDirection direction, boolean primary) {

    /** Checks that no component is null. */
    public TaskMetric {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
    }

    /** Returns the metric name followed by its direction arrow, for example {@code mse ↓}. */
    public String labelWithArrow() {
        return metric + " " + direction.arrow();
    }
}
