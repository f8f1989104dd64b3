package io.mtlbalance.reports.render;

import io.mtlbalance.reports.protocols.DeltaM;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.render.TableModel.Cell;
import io.mtlbalance.reports.stats.NumberText;
import io.mtlbalance.reports.stats.WelchComparisons;
import io.mtlbalance.reports.stats.WelchComparisons.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds the tables of the significance and Δm% sections. */
final class AnalysisTables {

    private AnalysisTables() {}

    /** Returns one row per strategy and one column per primary metric. */
    static TableModel significance(WelchComparisons comparisons) {
        List<String> header = new ArrayList<>(List.of("strategy"));
        comparisons.metrics().forEach(metric -> header.add(metricLabel(metric)));

        List<List<Cell>> rows = new ArrayList<>();
        for (String strategy : comparisons.strategies()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.plain(strategy)));
            for (TaskMetric metric : comparisons.metrics()) {
                row.add(significanceCell(comparisons.comparison(strategy, metric)));
            }
            rows.add(row);
        }
        return new TableModel(header, rows);
    }

    private static Cell significanceCell(Optional<Comparison> comparison) {
        if (comparison.isEmpty()) {
            return Cell.plain("–");
        }
        Comparison c = comparison.get();
        String difference = Double.isNaN(c.meanDifference()) ? "" : NumberText.fourSignificantDigits(c.meanDifference()) + ", ";
        if (c.unavailableReason().isPresent()) {
            return Cell.plain(difference + "n/a: " + c.unavailableReason().get());
        }
        return new Cell(difference + "p = " + NumberText.fourSignificantDigits(c.pValue().getAsDouble()), c.isSignificant());
    }

    /** Returns a baseline row, then one row per strategy: the term of each metric and Δm%. */
    static TableModel deltaM(DeltaM deltaM) {
        List<String> header = new ArrayList<>(List.of("strategy"));
        deltaM.metrics().forEach(metric -> header.add(metricLabel(metric)));
        header.add(deltaM.convention().label());

        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> baseline = new ArrayList<>(List.of(Cell.plain("single-task baseline M_b")));
        deltaM.baselineMeans().forEach(mean -> baseline.add(Cell.plain(NumberText.fourSignificantDigits(mean.orElseThrow()))));
        baseline.add(Cell.plain("–"));
        rows.add(baseline);

        for (DeltaM.Row row : deltaM.rows()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.plain(row.strategy())));
            row.terms().forEach(term -> cells.add(Cell.plain(percentOrDash(term))));
            cells.add(Cell.plain(row.note().map(note -> "n/a: " + note).orElseGet(() -> percentOrDash(row.value()))));
            rows.add(cells);
        }
        return new TableModel(header, rows);
    }

    static String metricLabel(TaskMetric metric) {
        return metric.task() + " " + metric.labelWithArrow();
    }

    private static String percentOrDash(OptionalDouble value) {
        return value.isPresent() ? NumberText.signedPercent(value.getAsDouble()) : "–";
    }
}
