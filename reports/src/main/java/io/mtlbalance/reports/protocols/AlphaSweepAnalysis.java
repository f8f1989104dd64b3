package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.Protocol;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.records.TrialStatus;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The alpha sweep: GradNorm trained with several values of its asymmetry hyperparameter alpha.
 * For each alpha, the final primary test metric of each task and the final task-normalized test
 * loss, summarized over the finished seeds. Immutable.
 */
public final class AlphaSweepAnalysis {

    private final List<TaskMetric> primaryMetrics;
    private final List<AlphaRow> rows;

    /**
     * The results of one alpha.
     *
     * @param alpha GradNorm's alpha, {@code >= 0}
     * @param trials the number of trials with this alpha, whatever their status
     * @param finished the number of finished trials, which the statistics summarize
     * @param diverged the number of diverged trials
     * @param primary the statistics of each metric of {@link #primaryMetrics()}, in that order;
     *     empty where no finished trial recorded it
     * @param normalizedLossValues the final task-normalized test loss of each finished trial that
     *     recorded it, in seed order; possibly empty
     */
    public record AlphaRow(double alpha, int trials, int finished, int diverged, List<Optional<SeedStatistics>> primary,
            List<Double> normalizedLossValues) {

        /** Checks that no component is null and copies the lists. */
        public AlphaRow {
            primary = List.copyOf(primary);
            normalizedLossValues = List.copyOf(normalizedLossValues);
        }

        /** Returns the statistics of the final task-normalized test loss, empty when no finished trial recorded it. */
        public Optional<SeedStatistics> normalizedLoss() {
            return statistics(normalizedLossArray());
        }

        /** Returns {@link #normalizedLossValues()} as an array. */
        public double[] normalizedLossArray() {
            return normalizedLossValues.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private AlphaSweepAnalysis(List<TaskMetric> primaryMetrics, List<AlphaRow> rows) {
        this.primaryMetrics = List.copyOf(primaryMetrics);
        this.rows = List.copyOf(rows);
    }

    /** Summarizes the alpha-sweep trials of {@code records}. */
    public static AlphaSweepAnalysis of(RunRecords records) {
        List<TaskMetric> primaries = PrimaryMetrics.of(records).metrics();
        List<Trial> trials = records.trialsOf(Protocol.ALPHA_SWEEP);
        TreeSet<Double> alphas = new TreeSet<>();
        trials.forEach(trial -> alphas.add(trial.protocol().alpha().orElseThrow()));

        List<AlphaRow> rows = new ArrayList<>();
        for (double alpha : alphas) {
            List<Trial> withAlpha = trials.stream().filter(t -> t.protocol().alpha().orElseThrow() == alpha).toList();
            rows.add(row(records, alpha, withAlpha, primaries));
        }
        return new AlphaSweepAnalysis(primaries, rows);
    }

    private static AlphaRow row(RunRecords records, double alpha, List<Trial> trials, List<TaskMetric> primaries) {
        List<Trial> finished = trials.stream().filter(Trial::isFinished).toList();
        int diverged = (int) trials.stream().filter(t -> t.status() == TrialStatus.DIVERGED).count();
        List<Optional<SeedStatistics>> primary = primaries.stream()
                .map(metric -> statistics(FinalValues.of(records, finished, FinalValues.keyOf(metric))))
                .toList();
        List<Double> normalizedLoss = Arrays.stream(FinalValues.of(records, finished, MetricKey.normalizedLoss()))
                .boxed()
                .toList();
        return new AlphaRow(alpha, trials.size(), finished.size(), diverged, primary, normalizedLoss);
    }

    private static Optional<SeedStatistics> statistics(double[] values) {
        return values.length == 0 ? Optional.empty() : Optional.of(SeedStatistics.of(values));
    }

    /** Returns the primary metric of each task that has one, in task order. */
    public List<TaskMetric> primaryMetrics() {
        return primaryMetrics;
    }

    /** Returns one row per alpha of the sweep, in ascending alpha. */
    public List<AlphaRow> rows() {
        return rows;
    }

    /** Returns the row of exactly {@code alpha}, or empty when the sweep has no trial with it. */
    public Optional<AlphaRow> row(double alpha) {
        return rows.stream().filter(row -> row.alpha() == alpha).findFirst();
    }

    /** Returns whether the run has no alpha-sweep trial. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
