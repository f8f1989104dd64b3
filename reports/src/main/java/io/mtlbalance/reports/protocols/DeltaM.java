package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.NumberText;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Δm% of each compared strategy against the single-task baselines, under one
 * {@link DeltaConvention}. M_m is the strategy's mean over finished seeds of a final test metric
 * and M_b the mean over the finished single-task trials of the metric's task. Immutable.
 *
 * <p>Limitations: Δm% divides by M_b, so every baseline mean must be positive and finite. A
 * negative baseline would flip the sign of its term, so such a run gets no Δm% and
 * {@link #unavailableReason()} returns the reason.
 */
public final class DeltaM {

    private final DeltaConvention convention;
    private final List<TaskMetric> metrics;
    private final List<OptionalDouble> baselineMeans;
    private final Optional<String> unavailableReason;
    private final List<Row> rows;

    /**
     * Δm% of one strategy.
     *
     * @param strategy the strategy name, never null
     * @param terms one term per metric of {@link #metrics()}: sign · (M_m − M_b) / M_b × 100 with the
     *     convention's sign; empty where the strategy has no final value
     * @param value the mean of the terms, empty when a term is missing
     * @param note why {@code value} is missing, empty otherwise
     */
    public record Row(String strategy, List<OptionalDouble> terms, OptionalDouble value, Optional<String> note) {

        /** Checks that no component is null and copies the terms. */
        public Row {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(note, "note");
            terms = List.copyOf(terms);
        }
    }

    private DeltaM(DeltaConvention convention, List<TaskMetric> metrics, List<OptionalDouble> baselineMeans,
            Optional<String> unavailableReason, List<Row> rows) {
        this.convention = convention;
        this.metrics = List.copyOf(metrics);
        this.baselineMeans = List.copyOf(baselineMeans);
        this.unavailableReason = unavailableReason;
        this.rows = List.copyOf(rows);
    }

    /**
     * Computes Δm% for every strategy of {@code summary} with a finished trial.
     *
     * @param records the run, never null
     * @param summary the final metrics of the same run, never null
     * @param convention which metrics enter and which sign is better, never null
     */
    public static DeltaM compute(RunRecords records, FinalMetricSummary summary, DeltaConvention convention) {
        List<TaskMetric> metrics = convention.select(records.taskMetrics());
        SingleTaskBaselines baselines = SingleTaskBaselines.of(records);
        List<OptionalDouble> means = metrics.stream()
                .map(metric -> baselines.statistics(FinalValues.keyOf(metric)).map(SeedStatistics::mean))
                .map(mean -> mean.map(OptionalDouble::of).orElse(OptionalDouble.empty()))
                .toList();

        List<String> problems = problems(records, convention, metrics, baselines, means);
        if (!problems.isEmpty()) {
            return new DeltaM(convention, metrics, means, Optional.of(String.join("; ", problems)), List.of());
        }
        List<Row> rows = new ArrayList<>();
        for (String strategy : summary.strategies()) {
            if (summary.finishedTrials(strategy) > 0) {
                rows.add(row(strategy, summary, convention, metrics, means));
            }
        }
        return new DeltaM(convention, metrics, means, Optional.empty(), rows);
    }

    private static List<String> problems(RunRecords records, DeltaConvention convention, List<TaskMetric> metrics,
            SingleTaskBaselines baselines, List<OptionalDouble> means) {
        if (baselines.trialCount() == 0) {
            return List.of("the run has no single-task trials, so there is no single-task baseline to compare "
                    + "with. Run the experiment with the single-task protocol to record them");
        }
        List<String> problems = new ArrayList<>();
        if (convention == DeltaConvention.PRIMARY_POSITIVE_BETTER) {
            PrimaryMetrics primaries = PrimaryMetrics.of(records);
            if (!primaries.complete()) {
                problems.add(primaries.missingReason());
            }
        }
        for (int k = 0; k < metrics.size(); k++) {
            TaskMetric metric = metrics.get(k);
            if (means.get(k).isEmpty()) {
                problems.add("no finished single-task trial of " + metric.task() + " recorded " + metric.metric()
                        + " (" + baselines.finishedTrials(metric.task()) + " finished)");
            } else if (!(means.get(k).getAsDouble() > 0) || Double.isInfinite(means.get(k).getAsDouble())) {
                problems.add("the single-task baseline of " + metric.task() + " " + metric.metric() + " is "
                        + NumberText.fourSignificantDigits(means.get(k).getAsDouble())
                        + ", but Δm% divides by the baseline and needs it positive and finite");
            }
        }
        return problems;
    }

    private static Row row(String strategy, FinalMetricSummary summary, DeltaConvention convention,
            List<TaskMetric> metrics, List<OptionalDouble> baselineMeans) {
        List<OptionalDouble> terms = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < metrics.size(); k++) {
            TaskMetric metric = metrics.get(k);
            Optional<SeedStatistics> stats = summary.statistics(strategy, FinalValues.keyOf(metric));
            if (stats.isEmpty()) {
                terms.add(OptionalDouble.empty());
                missing.add(metric.task() + " " + metric.metric());
                continue;
            }
            double baseline = baselineMeans.get(k).getAsDouble();
            terms.add(OptionalDouble.of(
                    convention.sign(metric.direction()) * (stats.get().mean() - baseline) / baseline * 100));
        }
        if (!missing.isEmpty()) {
            return new Row(strategy, terms, OptionalDouble.empty(),
                    Optional.of("no final " + String.join(", ", missing)));
        }
        double mean = terms.stream().mapToDouble(OptionalDouble::getAsDouble).average().orElseThrow();
        return new Row(strategy, terms, OptionalDouble.of(mean), Optional.empty());
    }

    /** Returns the convention of this Δm%. */
    public DeltaConvention convention() {
        return convention;
    }

    /** Returns the metrics that enter Δm%, in tasks.csv order. */
    public List<TaskMetric> metrics() {
        return metrics;
    }

    /**
     * Returns the single-task baseline mean M_b of each metric of {@link #metrics()}, empty where no
     * finished single-task trial recorded it.
     */
    public List<OptionalDouble> baselineMeans() {
        return baselineMeans;
    }

    /**
     * Returns why the run has no Δm% at all, as a clause that starts in lower case, or empty when
     * {@link #rows()} contains the values.
     */
    public Optional<String> unavailableReason() {
        return unavailableReason;
    }

    /** Returns one row per strategy with a finished trial, in strategy order; empty when unavailable. */
    public List<Row> rows() {
        return rows;
    }

    /** Returns the row of {@code strategy}, or empty when it has none. */
    public Optional<Row> row(String strategy) {
        return rows.stream().filter(row -> row.strategy().equals(strategy)).findFirst();
    }
}
