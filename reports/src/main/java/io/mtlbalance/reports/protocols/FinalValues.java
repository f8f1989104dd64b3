package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.stats.MetricKey;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;

/** Looks up final.csv values of individual trials. */
final class FinalValues {

    private FinalValues() {}

    /** Returns the final value of {@code key} in {@code trial}, or empty when final.csv lacks the row. */
    static OptionalDouble of(RunRecords records, Trial trial, MetricKey key) {
        Table finals = records.finals();
        Table rows = finals.where(finals.stringColumn("trial").isEqualTo(trial.id())
                .and(finals.stringColumn("task").isEqualTo(key.task()))
                .and(finals.stringColumn("metric").isEqualTo(key.metric())));
        if (rows.rowCount() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(rows.doubleColumn("value").getDouble(0));
    }

    /** Returns the final values of {@code key} of the trials that recorded it, in trial order. */
    static double[] of(RunRecords records, List<Trial> trials, MetricKey key) {
        return trials.stream()
                .map(trial -> of(records, trial, key))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
    }

    /** Returns the final value of each metric in {@code metrics}, or empty when final.csv lacks one. */
    static Optional<double[]> of(RunRecords records, Trial trial, List<TaskMetric> metrics) {
        double[] values = new double[metrics.size()];
        for (int i = 0; i < metrics.size(); i++) {
            OptionalDouble value = of(records, trial, keyOf(metrics.get(i)));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[i] = value.getAsDouble();
        }
        return Optional.of(values);
    }

    static MetricKey keyOf(TaskMetric metric) {
        return new MetricKey(metric.task(), metric.metric());
    }
}
