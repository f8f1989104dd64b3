package io.mtlbalance.reports.render;

import io.mtlbalance.reports.protocols.DeltaM;
import io.mtlbalance.reports.stats.WelchComparisons;
import java.util.Objects;

/**
 * The analyses a report shows beside the final-metric table.
 *
 * @param significance Welch t-tests of each strategy against equal weighting, never null
 * @param deltaM Δm% against the single-task baselines, or the reason it is unavailable; never null
 */
public record ReportAnalyses(WelchComparisons significance, DeltaM deltaM) {

    /** Checks that no component is null. */
    public ReportAnalyses {
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(deltaM, "deltaM");
    }
}
