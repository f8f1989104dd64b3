package io.mtlbalance.reports.render;

import io.mtlbalance.reports.figures.FigureSet;
import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.DeltaM;
import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.stats.WelchComparisons;
import java.util.Objects;

/**
 * The analyses a report shows beside the final-metric table and the protocol sections.
 *
 * @param significance Welch t-tests of each strategy against equal weighting, never null
 * @param deltaM Δm% against the single-task baselines, or the reason it is unavailable; never null
 * @param gridSearch the grid-search and gradnorm-static comparisons, never null
 * @param gridSearchFigures the grid-search scatter, or a note on why it is missing; never null
 * @param alphaSweep the alpha-sweep results, never null
 * @param alphaSweepFigures the alpha-sweep figure, or a note on why it is missing; never null
 */
public record ReportAnalyses(WelchComparisons significance, DeltaM deltaM, GridSearchAnalysis gridSearch,
        FigureSet gridSearchFigures, AlphaSweepAnalysis alphaSweep, FigureSet alphaSweepFigures) {

    /** Checks that no component is null. */
    public ReportAnalyses {
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(deltaM, "deltaM");
        Objects.requireNonNull(gridSearch, "gridSearch");
        Objects.requireNonNull(gridSearchFigures, "gridSearchFigures");
        Objects.requireNonNull(alphaSweep, "alphaSweep");
        Objects.requireNonNull(alphaSweepFigures, "alphaSweepFigures");
    }
}
