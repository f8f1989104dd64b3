package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.Protocol;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Final test metrics of the single-task baselines: for each metric of tasks.csv, the values of the
 * finished single-task trials of that metric's task, one per seed. Immutable.
 */
public final class SingleTaskBaselines {

    private final int trialCount;
    private final Map<String, Integer> finishedByTask;
    private final Map<MetricKey, double[]> values;

    private SingleTaskBaselines(int trialCount, Map<String, Integer> finishedByTask, Map<MetricKey, double[]> values) {
        this.trialCount = trialCount;
        this.finishedByTask = Map.copyOf(finishedByTask);
        this.values = Map.copyOf(values);
    }

    /** Collects the final values of the single-task trials of {@code records}. */
    public static SingleTaskBaselines of(RunRecords records) {
        List<Trial> trials = records.trialsOf(Protocol.SINGLE_TASK);
        Map<String, Integer> finishedByTask = new HashMap<>();
        Map<MetricKey, double[]> values = new HashMap<>();
        for (String task : records.taskNames()) {
            List<Trial> finished = trials.stream()
                    .filter(trial -> trial.isFinished() && trial.protocol().singleTask().orElseThrow().equals(task))
                    .toList();
            finishedByTask.put(task, finished.size());
            for (TaskMetric metric : records.taskMetrics()) {
                if (metric.task().equals(task)) {
                    values.put(FinalValues.keyOf(metric), FinalValues.of(records, finished, FinalValues.keyOf(metric)));
                }
            }
        }
        return new SingleTaskBaselines(trials.size(), finishedByTask, values);
    }

    /** Returns the number of single-task trials of the run, whatever their status. */
    public int trialCount() {
        return trialCount;
    }

    /** Returns the number of finished single-task trials of {@code task}; 0 for an unknown task. */
    public int finishedTrials(String task) {
        return finishedByTask.getOrDefault(task, 0);
    }

    /**
     * Returns the final values of {@code key} from the finished single-task trials of its task, in
     * seed order; an empty array when none recorded it or tasks.csv does not list the metric.
     */
    public double[] values(MetricKey key) {
        return values.getOrDefault(key, new double[0]).clone();
    }

    /** Returns the statistics over seeds of {@code key}, or empty when no finished trial recorded it. */
    public Optional<SeedStatistics> statistics(MetricKey key) {
        double[] seedValues = values(key);
        return seedValues.length == 0 ? Optional.empty() : Optional.of(SeedStatistics.of(seedValues));
    }
}
