package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.MetricDirection;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import java.util.List;
import java.util.Optional;

/**
 * The primary metric of every task, in task order, which the grid-search and alpha-sweep
 * comparisons average over. A comparison over "all tasks" is undefined when a task has none.
 *
 * @param metrics one primary metric per task that has one
 * @param tasksWithout the tasks that tasks.csv gives no primary metric
 */
record PrimaryMetrics(List<TaskMetric> metrics, List<String> tasksWithout) {

    static PrimaryMetrics of(RunRecords records) {
        List<TaskMetric> metrics = records.taskNames().stream()
                .map(records::primaryMetric)
                .flatMap(Optional::stream)
                .toList();
        List<String> without = records.taskNames().stream()
                .filter(task -> records.primaryMetric(task).isEmpty())
                .toList();
        return new PrimaryMetrics(metrics, without);
    }

    /** Returns whether every task has a primary metric. */
    boolean complete() {
        return tasksWithout.isEmpty() && !metrics.isEmpty();
    }

    /** Returns why a comparison over all tasks is undefined; call only when not {@link #complete()}. */
    String missingReason() {
        if (metrics.isEmpty()) {
            return "tasks.csv marks no primary metric";
        }
        return "tasks.csv marks no primary metric for " + String.join(", ", tasksWithout);
    }

    /**
     * Returns the mean over tasks of s_t · (candidate_t − reference_t) / |reference_t| × 100, with
     * s_t = +1 when higher is better and −1 otherwise, so a positive value means the candidate is
     * better. The values follow the order of {@link #metrics()}. A zero reference gives an infinite
     * or NaN term, which the result carries.
     */
    double relativePerformance(double[] candidate, double[] reference) {
        double sum = 0;
        for (int t = 0; t < metrics.size(); t++) {
            double sign = metrics.get(t).direction() == MetricDirection.HIGHER ? 1 : -1;
            sum += sign * (candidate[t] - reference[t]) / Math.abs(reference[t]) * 100;
        }
        return sum / metrics.size();
    }
}
