package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.MetricDirection;
import io.mtlbalance.reports.records.TaskMetric;
import java.util.List;

/**
 * The conventions of Δm%, the average relative change of a strategy's final test metrics against
 * the single-task baselines. Both conventions use M_m = the strategy's mean over seeds and M_b = the
 * mean over seeds of the single-task trials of the metric's task.
 */
public enum DeltaConvention {
    /**
     * Δm = (1/T) Σ_t s_t · (M_m,t − M_b,t) / M_b,t × 100 over the primary metric of each of the T
     * tasks, with s_t = +1 when higher is better and −1 when lower is better. Positive is better.
     */
    PRIMARY_POSITIVE_BETTER("Δm% (primary metric per task, positive = better)",
            "Δm = (1/T) Σ_t s_t · (M_m,t − M_b,t) / M_b,t × 100 over the primary metric of each of the T tasks, "
                    + "with s_t = +1 when higher is better and −1 when lower is better"),
    /**
     * Δm = (1/K) Σ_k (−1)^δ_k · (M_m,k − M_b,k) / M_b,k × 100 over all K metrics of all tasks in
     * tasks.csv, with δ_k = 1 when higher is better and 0 otherwise. Negative is better. This is the
     * convention of the CAGrad paper ("Conflict-Averse Gradient Descent for Multi-task Learning",
     * arXiv 2110.14048) and the Nash-MTL paper ("Multi-Task Learning as a Bargaining Game", arXiv
     * 2202.01017).
     */
    ALL_METRICS_NEGATIVE_BETTER("Δm% (CAGrad/Nash-MTL convention: all metrics, negative = better)",
            "Δm = (1/K) Σ_k (−1)^δ_k · (M_m,k − M_b,k) / M_b,k × 100 over all K metrics of all tasks, "
                    + "with δ_k = 1 when higher is better and 0 when lower is better");

    private final String label;
    private final String formula;

    DeltaConvention(String label, String formula) {
        this.label = label;
        this.formula = formula;
    }

    /** Returns the label that reports print wherever they show a Δm% of this convention. */
    public String label() {
        return label;
    }

    /** Returns the formula in one line of plain text, with the meaning of its sign factor. */
    public String formula() {
        return formula;
    }

    /**
     * Returns the factor of a metric's relative change: s_t for {@link #PRIMARY_POSITIVE_BETTER},
     * (−1)^δ_k for {@link #ALL_METRICS_NEGATIVE_BETTER}.
     */
    public double sign(MetricDirection direction) {
        boolean higherIsBetter = direction == MetricDirection.HIGHER;
        if (this == PRIMARY_POSITIVE_BETTER) {
            return higherIsBetter ? 1 : -1;
        }
        return higherIsBetter ? -1 : 1;
    }

    /** Returns the metrics of {@code taskMetrics} that enter Δm under this convention, in the same order. */
    public List<TaskMetric> select(List<TaskMetric> taskMetrics) {
        if (this == PRIMARY_POSITIVE_BETTER) {
            return taskMetrics.stream().filter(TaskMetric::primary).toList();
        }
        return List.copyOf(taskMetrics);
    }
}
