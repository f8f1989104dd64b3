package io.mtlbalance.reports.render;

import io.mtlbalance.reports.records.Divergence;
import io.mtlbalance.reports.records.MetricDirection;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.records.TrialStatus;
import io.mtlbalance.reports.render.TableModel.Cell;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.NumberText;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the tables of a report from a {@link ReportDocument}, shared by both output formats. */
final class ReportTables {

    private ReportTables() {}

    static TableModel settings(Map<String, String> settings) {
        List<List<Cell>> rows = new ArrayList<>();
        settings.forEach((key, value) -> rows.add(List.of(Cell.plain(key), Cell.plain(value))));
        return new TableModel(List.of("setting", "value"), rows);
    }

    /**
     * Returns one row per task and metric and one column per strategy with a finished trial.
     * Each cell is {@code mean ± std}; the best mean of a row is emphasized when the metric's
     * direction is known and at least two strategies have values.
     */
    static TableModel finalMetrics(FinalMetricSummary summary) {
        List<String> strategies = summary.strategies().stream().filter(s -> summary.finishedTrials(s) > 0).toList();
        List<String> header = new ArrayList<>(List.of("task", "metric"));
        strategies.forEach(s -> header.add(s + " (" + seeds(summary.finishedTrials(s)) + ")"));

        List<List<Cell>> rows = new ArrayList<>();
        for (MetricKey key : summary.keys()) {
            Optional<MetricDirection> direction = summary.direction(key);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.plain(key.task()));
            row.add(Cell.plain(key.metric() + direction.map(d -> " " + d.arrow()).orElse("")));
            Optional<Double> best = bestMean(summary, key, strategies, direction);
            for (String strategy : strategies) {
                row.add(metricCell(summary.statistics(strategy, key), summary.finishedTrials(strategy), best));
            }
            rows.add(row);
        }
        return new TableModel(header, rows);
    }

    private static Optional<Double> bestMean(
            FinalMetricSummary summary, MetricKey key, List<String> strategies, Optional<MetricDirection> direction) {
        List<Double> means = strategies.stream()
                .map(s -> summary.statistics(s, key))
                .flatMap(Optional::stream)
                .map(SeedStatistics::mean)
                .filter(m -> !Double.isNaN(m))
                .toList();
        if (direction.isEmpty() || means.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(direction.get() == MetricDirection.LOWER
                ? means.stream().min(Double::compare).orElseThrow()
                : means.stream().max(Double::compare).orElseThrow());
    }

    private static Cell metricCell(Optional<SeedStatistics> statistics, int finishedTrials, Optional<Double> best) {
        if (statistics.isEmpty()) {
            return Cell.plain("–");
        }
        SeedStatistics stats = statistics.get();
        String text = NumberText.fourSignificantDigits(stats.mean());
        if (stats.count() >= 2) {
            text += " ± " + NumberText.fourSignificantDigits(stats.standardDeviation());
        }
        if (stats.count() != finishedTrials) {
            text += " (n=" + stats.count() + ")";
        }
        boolean isBest = best.isPresent() && best.get() == stats.mean();
        return new Cell(text, isBest);
    }

    static TableModel divergedTrials(List<Trial> trials) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Trial trial : trials) {
            if (trial.status() == TrialStatus.DIVERGED) {
                Divergence divergence = trial.divergence().orElseThrow();
                rows.add(List.of(Cell.plain(trial.id()), Cell.plain(trial.strategy()),
                        Cell.plain(Long.toString(trial.seed())), Cell.plain(Long.toString(divergence.step())),
                        Cell.plain(divergence.task()), Cell.plain(divergence.quantity()),
                        Cell.plain(Double.toString(divergence.value()))));
            }
        }
        return new TableModel(List.of("trial", "strategy", "seed", "step", "task", "quantity", "value"), rows);
    }

    static List<String> unfinishedTrialIds(List<Trial> trials) {
        return trials.stream().filter(t -> t.status() == TrialStatus.RUNNING).map(Trial::id).toList();
    }

    static String trialCounts(List<Trial> trials) {
        long finished = trials.stream().filter(Trial::isFinished).count();
        long diverged = trials.stream().filter(t -> t.status() == TrialStatus.DIVERGED).count();
        long running = trials.size() - finished - diverged;
        return trials.size() + " trials: " + finished + " finished, " + diverged + " diverged, " + running + " running";
    }

    private static String seeds(int count) {
        return count == 1 ? "1 seed" : count + " seeds";
    }
}
