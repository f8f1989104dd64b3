package io.mtlbalance.reports.render;

import io.mtlbalance.reports.protocols.StaticWeightComparison;
import io.mtlbalance.reports.render.TableModel.Cell;
import io.mtlbalance.reports.stats.NumberText;
import java.util.ArrayList;
import java.util.List;
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

    static String weights(List<Double> weights) {
        return String.join(", ", weights.stream().map(NumberText::fourSignificantDigits).toList());
    }

    static String numberOrDash(OptionalDouble value) {
        return value.isPresent() ? NumberText.fourSignificantDigits(value.getAsDouble()) : "–";
    }
}
