package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.Trial;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** The mean of each task's weight over all recorded steps of one trial, from steps.csv. */
final class TimeAveragedWeights {

    private TimeAveragedWeights() {}

    /**
     * Returns one mean weight per task of the run, in task order, or empty when steps.csv of the
     * trial has no row for some task.
     */
    static Optional<double[]> of(RunRecords records, Trial trial) {
        Table steps = records.steps();
        Table rows = steps.where(steps.stringColumn("trial").isEqualTo(trial.id()));
        List<String> tasks = records.taskNames();
        double[] means = new double[tasks.size()];
        for (int t = 0; t < tasks.size(); t++) {
            Table taskRows = rows.where(rows.stringColumn("task").isEqualTo(tasks.get(t)));
            if (taskRows.rowCount() == 0) {
                return Optional.empty();
            }
            means[t] = taskRows.doubleColumn("weight").mean();
        }
        return Optional.of(means);
    }

    /** Returns the Euclidean (L2) distance between two weight vectors of equal length. */
    static double distance(double[] first, double[] second) {
        double sum = 0;
        for (int i = 0; i < first.length; i++) {
            double difference = first[i] - second[i];
            sum += difference * difference;
        }
        return Math.sqrt(sum);
    }
}
