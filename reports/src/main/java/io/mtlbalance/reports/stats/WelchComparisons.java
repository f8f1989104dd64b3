package io.mtlbalance.reports.stats;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Welch t-tests of each strategy against a reference strategy (usually equal weighting) on the
 * primary test metric of each task, over the finished seeds. Immutable.
 */
public final class WelchComparisons {

    private final String reference;
    private final List<TaskMetric> metrics;
    private final List<Comparison> comparisons;

    /**
     * One strategy against the reference on one primary metric.
     *
     * @param strategy the compared strategy, never null
     * @param metric the primary metric, never null
     * @param meanDifference the strategy's mean minus the reference's mean, in the metric's unit;
     *     NaN when a side has no final value
     * @param pValue the two-sided Welch p-value; empty when {@code unavailableReason} is present
     * @param unavailableReason why there is no p-value, empty when there is one
     */
    public record Comparison(String strategy, TaskMetric metric, double meanDifference, OptionalDouble pValue,
            Optional<String> unavailableReason) {

        /** Checks that no component is null and that exactly one of p-value and reason is present. */
        public Comparison {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(pValue, "pValue");
            Objects.requireNonNull(unavailableReason, "unavailableReason");
            if (pValue.isPresent() == unavailableReason.isPresent()) {
                throw new IllegalArgumentException("Give either a p-value or the reason there is none");
            }
        }

        /** Returns whether the p-value is below {@link WelchTest#SIGNIFICANCE_LEVEL}. */
        public boolean isSignificant() {
            return pValue.isPresent() && pValue.getAsDouble() < WelchTest.SIGNIFICANCE_LEVEL;
        }
    }

    private WelchComparisons(String reference, List<TaskMetric> metrics, List<Comparison> comparisons) {
        this.reference = reference;
        this.metrics = List.copyOf(metrics);
        this.comparisons = List.copyOf(comparisons);
    }

    /**
     * Compares every strategy of {@code summary} that has a finished trial, except the reference
     * itself, with {@code reference} on each task's primary metric.
     *
     * @param reference the strategy name to compare against, never null
     * @param records the run, for its primary metrics; never null
     * @param summary the final metrics of the same run, never null
     */
    public static WelchComparisons against(String reference, RunRecords records, FinalMetricSummary summary) {
        List<TaskMetric> metrics = records.taskMetrics().stream().filter(TaskMetric::primary).toList();
        List<Comparison> comparisons = new ArrayList<>();
        if (summary.finishedTrials(reference) > 0) {
            for (String strategy : summary.strategies()) {
                if (!strategy.equals(reference) && summary.finishedTrials(strategy) > 0) {
                    metrics.forEach(metric -> comparisons.add(compare(strategy, reference, metric, summary)));
                }
            }
        }
        return new WelchComparisons(reference, metrics, comparisons);
    }

    private static Comparison compare(String strategy, String reference, TaskMetric metric, FinalMetricSummary summary) {
        MetricKey key = new MetricKey(metric.task(), metric.metric());
        double[] values = summary.values(strategy, key);
        double[] referenceValues = summary.values(reference, key);
        if (values.length == 0 || referenceValues.length == 0) {
            String side = values.length == 0 ? strategy : reference;
            return unavailable(strategy, metric, Double.NaN, side + " has no final " + metric.metric());
        }

        double difference = SeedStatistics.of(values).mean() - SeedStatistics.of(referenceValues).mean();
        OptionalDouble p = WelchTest.pValue(values, referenceValues);
        if (p.isEmpty()) {
            String side = values.length < 2 ? strategy : reference;
            int seeds = Math.min(values.length, referenceValues.length);
            return unavailable(strategy, metric, difference, side + " has " + seeds
                    + " finished seed" + (seeds == 1 ? "" : "s") + "; the test needs at least 2 per strategy");
        }
        if (Double.isNaN(p.getAsDouble())) {
            return unavailable(strategy, metric, difference, "both strategies have zero spread across seeds");
        }
        return new Comparison(strategy, metric, difference, p, Optional.empty());
    }

    private static Comparison unavailable(String strategy, TaskMetric metric, double difference, String reason) {
        return new Comparison(strategy, metric, difference, OptionalDouble.empty(), Optional.of(reason));
    }

    /** Returns the strategy every comparison is against. */
    public String reference() {
        return reference;
    }

    /** Returns the primary metrics compared, one per task that has one, in tasks.csv order. */
    public List<TaskMetric> metrics() {
        return metrics;
    }

    /** Returns the compared strategies in strategy order, without the reference. */
    public List<String> strategies() {
        return comparisons.stream().map(Comparison::strategy).distinct().toList();
    }

    /** Returns the comparison of {@code strategy} on {@code metric}, or empty when it was not compared. */
    public Optional<Comparison> comparison(String strategy, TaskMetric metric) {
        return comparisons.stream()
                .filter(c -> c.strategy().equals(strategy) && c.metric().equals(metric))
                .findFirst();
    }

    /** Returns every comparison, grouped by strategy. */
    public List<Comparison> comparisons() {
        return comparisons;
    }
}
