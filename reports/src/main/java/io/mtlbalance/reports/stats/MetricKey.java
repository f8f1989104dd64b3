package io.mtlbalance.reports.stats;

import java.util.Objects;

/**
 * A task and one of its metrics, the row key of final results.
 *
 * @param task the task name, or {@link #ALL_TASKS} for run-wide metrics; never null
 * @param metric the metric name; never null
 */
public record MetricKey(String task, String metric) {

    /** The task name under which final.csv stores metrics that cover every task. */
    public static final String ALL_TASKS = "all";
    /** The run-wide metric {@code sum_i L_i(step) / L_i(0)} on the test split. */
    public static final String NORMALIZED_LOSS = "normalized_loss";
    /** The per-task test loss that every evaluation records. */
    public static final String LOSS = "loss";

    /** Checks that no component is null. */
    public MetricKey {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(metric, "metric");
    }

    /** Returns the key of the task-normalized test loss. */
    public static MetricKey normalizedLoss() {
        return new MetricKey(ALL_TASKS, NORMALIZED_LOSS);
    }
}
