package io.mtlbalance.reports.stats;

import io.mtlbalance.reports.records.MetricDirection;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.records.Trial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Final test metrics of the finished trials of the strategy comparison, per strategy, task and
 * metric, summarized over seeds. Diverged and running trials are left out, and so are
 * single-task, grid-search and alpha-sweep trials, which are not strategies of the comparison.
 * Immutable.
 */
public final class FinalMetricSummary {

    private final List<String> strategies;
    private final List<MetricKey> keys;
    private final Map<MetricKey, MetricDirection> directions;
    private final Map<String, Map<MetricKey, double[]>> valuesByStrategy;
    private final Map<String, Integer> finishedCounts;

    private FinalMetricSummary(List<String> strategies, List<MetricKey> keys, Map<MetricKey, MetricDirection> directions,
            Map<String, Map<MetricKey, double[]>> valuesByStrategy, Map<String, Integer> finishedCounts) {
        this.strategies = List.copyOf(strategies);
        this.keys = List.copyOf(keys);
        this.directions = Map.copyOf(directions);
        this.valuesByStrategy = valuesByStrategy;
        this.finishedCounts = Map.copyOf(finishedCounts);
    }

    /**
     * Summarizes the final.csv rows of the finished comparison trials of a run.
     *
     * <p>Rows follow tasks.csv: for each task its metrics in file order, then its {@code loss}
     * when tasks.csv does not list it; then the run-wide normalized loss; then any other metric
     * that final.csv contains, in order of first appearance. {@code loss} and
     * {@code normalized_loss} improve downwards.
     */
    public static FinalMetricSummary of(RunRecords records) {
        Map<MetricKey, MetricDirection> directions = directionsOf(records);
        Set<MetricKey> keys = new LinkedHashSet<>(directions.keySet());

        Table finals = records.finals();
        Table finished = finals.where(finals.stringColumn("trial").isIn(finishedComparisonTrialIds(records)));
        Map<String, Map<MetricKey, List<Double>>> collected = new LinkedHashMap<>();
        for (int row = 0; row < finished.rowCount(); row++) {
            MetricKey key = new MetricKey(finished.stringColumn("task").get(row), finished.stringColumn("metric").get(row));
            keys.add(key);
            collected.computeIfAbsent(finished.stringColumn("strategy").get(row), s -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(finished.doubleColumn("value").getDouble(row));
        }

        Map<String, Integer> finishedCounts = new LinkedHashMap<>();
        records.strategies().forEach(s -> finishedCounts.put(s, 0));
        records.trials().stream().filter(t -> t.isFinished() && t.isStrategyComparison())
                .forEach(t -> finishedCounts.merge(t.strategy(), 1, Integer::sum));
        List<MetricKey> presentKeys = keys.stream().filter(key -> isPresent(key, collected)).toList();
        return new FinalMetricSummary(records.strategies(), presentKeys, directions, toArrays(collected), finishedCounts);
    }

    private static List<String> finishedComparisonTrialIds(RunRecords records) {
        return records.trials().stream()
                .filter(t -> t.isFinished() && t.isStrategyComparison())
                .map(Trial::id)
                .toList();
    }

    private static Map<MetricKey, MetricDirection> directionsOf(RunRecords records) {
        Map<MetricKey, MetricDirection> directions = new LinkedHashMap<>();
        for (String task : records.taskNames()) {
            for (TaskMetric metric : records.taskMetrics()) {
                if (metric.task().equals(task)) {
                    directions.put(new MetricKey(task, metric.metric()), metric.direction());
                }
            }
            directions.putIfAbsent(new MetricKey(task, MetricKey.LOSS), MetricDirection.LOWER);
        }
        directions.put(MetricKey.normalizedLoss(), MetricDirection.LOWER);
        return directions;
    }

    private static boolean isPresent(MetricKey key, Map<String, Map<MetricKey, List<Double>>> collected) {
        return collected.values().stream().anyMatch(byKey -> byKey.containsKey(key));
    }

    private static Map<String, Map<MetricKey, double[]>> toArrays(Map<String, Map<MetricKey, List<Double>>> collected) {
        Map<String, Map<MetricKey, double[]>> arrays = new LinkedHashMap<>();
        collected.forEach((strategy, byKey) -> {
            Map<MetricKey, double[]> converted = new LinkedHashMap<>();
            byKey.forEach((key, values) -> converted.put(key, values.stream().mapToDouble(Double::doubleValue).toArray()));
            arrays.put(strategy, Map.copyOf(converted));
        });
        return Map.copyOf(arrays);
    }

    /** Returns every strategy of the run, including those without a finished trial. */
    public List<String> strategies() {
        return strategies;
    }

    /** Returns the task and metric rows that at least one finished trial reported, in report order. */
    public List<MetricKey> keys() {
        return keys;
    }

    /** Returns which way the metric improves, or empty when tasks.csv does not list it. */
    public Optional<MetricDirection> direction(MetricKey key) {
        return Optional.ofNullable(directions.get(key));
    }

    /** Returns the number of finished trials of {@code strategy}; 0 for an unknown strategy. */
    public int finishedTrials(String strategy) {
        return finishedCounts.getOrDefault(strategy, 0);
    }

    /**
     * Returns the final values of the finished trials of {@code strategy}, one per seed, in seed
     * order; an empty array when no finished trial reported the metric.
     */
    public double[] values(String strategy, MetricKey key) {
        double[] values = valuesByStrategy.getOrDefault(strategy, Map.of()).get(key);
        return values == null ? new double[0] : values.clone();
    }

    /** Returns the statistics over seeds, or empty when no finished trial reported the metric. */
    public Optional<SeedStatistics> statistics(String strategy, MetricKey key) {
        double[] values = values(strategy, key);
        return values.length == 0 ? Optional.empty() : Optional.of(SeedStatistics.of(values));
    }

    /**
     * Returns the summary as a long table with the columns strategy, task, metric, seeds, mean
     * and std (NaN for a single seed), one row per strategy and metric that has values.
     */
    public Table toTable() {
        StringColumn strategy = StringColumn.create("strategy");
        StringColumn task = StringColumn.create("task");
        StringColumn metric = StringColumn.create("metric");
        IntColumn seeds = IntColumn.create("seeds");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn std = DoubleColumn.create("std");
        for (String name : strategies) {
            for (MetricKey key : keys) {
                statistics(name, key).ifPresent(stats -> {
                    strategy.append(name);
                    task.append(key.task());
                    metric.append(key.metric());
                    seeds.append(stats.count());
                    mean.append(stats.mean());
                    std.append(stats.standardDeviation());
                });
            }
        }
        return Table.create("final metrics", strategy, task, metric, seeds, mean, std);
    }
}
