package io.mtlbalance.reports.render;

import io.mtlbalance.reports.claims.PaperClaims;
import io.mtlbalance.reports.protocols.DeltaM;
import io.mtlbalance.reports.render.ReportSection.Block;
import io.mtlbalance.reports.render.ReportSection.Table;
import io.mtlbalance.reports.render.ReportSection.Text;
import io.mtlbalance.reports.stats.WelchComparisons;
import io.mtlbalance.reports.stats.WelchTest;
import java.util.ArrayList;
import java.util.List;

/** Builds the report sections that follow the final-metric table: significance tests and Δm%. */
final class AnalysisSections {

    private AnalysisSections() {}

    /** Returns the sections placed between the final-metric table and the figures. */
    static List<ReportSection> comparisonSections(ReportDocument document) {
        return List.of(significance(document.analyses().significance()), deltaM(document.analyses().deltaM()));
    }

    private static ReportSection significance(WelchComparisons comparisons) {
        String title = "Significance against equal weighting";
        if (comparisons.comparisons().isEmpty()) {
            String reason = comparisons.metrics().isEmpty() ? "tasks.csv marks no primary metric"
                    : "the run needs a finished trial of '" + PaperClaims.EQUAL + "' and of at least one other strategy";
            return new ReportSection(title, List.of(new Text("No Welch t-tests: " + reason + ".")));
        }
        String intro = "Each cell holds the difference of means over finished seeds (strategy − equal weighting) "
                + "on the task's primary test metric, then the two-sided Welch t-test p-value for equal means. "
                + "Bold marks p < " + WelchTest.SIGNIFICANCE_LEVEL + ", a gap larger than the seed-to-seed noise; "
                + "n/a gives the reason a test is missing.";
        return new ReportSection(title, List.of(new Text(intro), new Table(AnalysisTables.significance(comparisons))));
    }

    private static ReportSection deltaM(DeltaM deltaM) {
        String title = "Δm% against single-task baselines";
        String label = deltaM.convention().label();
        if (deltaM.unavailableReason().isPresent()) {
            return new ReportSection(title, List.of(
                    new Text(label + " is not available: " + deltaM.unavailableReason().get() + ".")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(label + ": " + deltaM.convention().formula() + ". M_m is a strategy's mean over its "
                + "finished seeds and M_b the mean over the finished single-task trials of the task (first row). "
                + "Each metric column holds that metric's term of the sum; the last column is Δm%, their mean."));
        blocks.add(new Table(AnalysisTables.deltaM(deltaM)));
        return new ReportSection(title, blocks);
    }
}
