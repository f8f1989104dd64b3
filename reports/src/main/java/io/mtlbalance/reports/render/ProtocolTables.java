package io.mtlbalance.reports.render;

import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.AlphaSweepAnalysis.AlphaRow;
import io.mtlbalance.reports.protocols.StaticWeightComparison;
import io.mtlbalance.reports.render.TableModel.Cell;
import io.mtlbalance.reports.stats.NumberText;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds the tables of the grid-search and alpha-sweep sections. */
final class ProtocolTables {

    private ProtocolTables() {}

    /** Returns one row per static-weight trial with its weights, distance and relative performance. */
    static TableModel staticWeights(List<StaticWeightComparison> comparisons) {
        List<String> header = List.of("trial", "static weights", "GradNorm time-averaged weights", "distance",
                "relative performance (%)", "note");
        List<List<Cell>> rows = new ArrayList<>();
        for (StaticWeightComparison comparison : comparisons) {
            rows.add(List.of(
                    Cell.plain(comparison.trial().id()),
                    Cell.plain(weights(comparison.weights())),
                    Cell.plain(comparison.gradNormAverageWeights().isEmpty() ? "–"
                            : weights(comparison.gradNormAverageWeights())),
                    Cell.plain(numberOrDash(comparison.distance())),
                    Cell.plain(comparison.relativePerformance().isPresent()
                            ? NumberText.signedPercent(comparison.relativePerformance().getAsDouble()) : "–"),
                    Cell.plain(comparison.note().orElse(""))));
        }
        return new TableModel(header, rows);
    }

    /** Returns one row per alpha: trial counts, each primary metric and the task-normalized test loss. */
    static TableModel alphaSweep(AlphaSweepAnalysis sweep) {
        List<String> header = new ArrayList<>(List.of("α", "finished trials"));
        sweep.primaryMetrics().forEach(metric -> header.add(AnalysisTables.metricLabel(metric)));
        header.add("normalized_loss ↓");

        List<List<Cell>> rows = new ArrayList<>();
        for (AlphaRow row : sweep.rows()) {
            String finished = row.finished() + " of " + row.trials()
                    + (row.diverged() > 0 ? " (" + row.diverged() + " diverged)" : "");
            List<Cell> cells = new ArrayList<>(List.of(Cell.plain(Double.toString(row.alpha())), Cell.plain(finished)));
            row.primary().forEach(stats -> cells.add(Cell.plain(statistics(stats))));
            cells.add(Cell.plain(statistics(row.normalizedLoss())));
            rows.add(cells);
        }
        return new TableModel(header, rows);
    }

    /** Formats {@code mean ± std (n=seeds)}, without the spread for a single seed, or a dash when empty. */
    static String statistics(Optional<SeedStatistics> statistics) {
        if (statistics.isEmpty()) {
            return "–";
        }
        SeedStatistics stats = statistics.get();
        String spread = stats.count() < 2 ? "" : " ± " + NumberText.fourSignificantDigits(stats.standardDeviation());
        return NumberText.fourSignificantDigits(stats.mean()) + spread + " (n=" + stats.count() + ")";
    }

    static String weights(List<Double> weights) {
        return String.join(", ", weights.stream().map(NumberText::fourSignificantDigits).toList());
    }

    static String numberOrDash(OptionalDouble value) {
        return value.isPresent() ? NumberText.fourSignificantDigits(value.getAsDouble()) : "–";
    }
}
