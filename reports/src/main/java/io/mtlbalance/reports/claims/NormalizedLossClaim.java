package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.SeedStatistics;
import io.mtlbalance.reports.stats.WelchTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * C1: GradNorm ends with a lower task-normalized test loss than equal weighting. The verdict
 * compares the means over finished seeds of the final {@code normalized_loss}; a tie disagrees,
 * because the claim is "lower". The Welch p-value shows whether the gap is within noise but does
 * not change the verdict.
 */
final class NormalizedLossClaim {

    static final String ID = "C1";
    static final String CLAIM = "GradNorm ends with a lower task-normalized test loss than equal weighting.";

    private NormalizedLossClaim() {}

    static ClaimResult evaluate(RunRecords records, FinalMetricSummary summary) {
        Optional<ClaimResult> early = StrategyComparison.decideWithoutMeans(ID, CLAIM, records);
        if (early.isPresent()) {
            return early.get();
        }

        MetricKey key = MetricKey.normalizedLoss();
        double[] gradNorm = summary.values(PaperClaims.GRADNORM, key);
        double[] equal = summary.values(PaperClaims.EQUAL, key);
        if (gradNorm.length == 0 || equal.length == 0) {
            return StrategyComparison.notTested(ID, CLAIM, "final.csv of the finished trials lacks the row task="
                    + MetricKey.ALL_TASKS + ", metric=" + MetricKey.NORMALIZED_LOSS + " for a strategy.");
        }

        SeedStatistics gradNormStats = SeedStatistics.of(gradNorm);
        SeedStatistics equalStats = SeedStatistics.of(equal);
        OptionalDouble pValue = WelchTest.pValue(gradNorm, equal);
        boolean lower = gradNormStats.mean() < equalStats.mean();

        String summaryLine = String.format(Locale.ROOT, "Final task-normalized test loss: GradNorm %s, equal weighting"
                + " %s; GradNorm is %s (%s).", Numbers.meanAndSpread(gradNormStats), Numbers.meanAndSpread(equalStats),
                lower ? "lower" : "not lower", Numbers.pValue(pValue));
        return new ClaimResult(ID, CLAIM, lower ? Verdict.AGREES : Verdict.DISAGREES, summaryLine,
                evidence(gradNormStats, equalStats, records));
    }

    private static List<String> evidence(SeedStatistics gradNorm, SeedStatistics equal, RunRecords records) {
        List<String> lines = new ArrayList<>();
        double difference = gradNorm.mean() - equal.mean();
        lines.add("Difference of means (GradNorm − equal): " + Numbers.format(difference) + ", "
                + Numbers.format(100 * difference / equal.mean()) + "% of equal weighting's mean.");
        for (String strategy : List.of(PaperClaims.GRADNORM, PaperClaims.EQUAL)) {
            String note = StrategyOutcome.of(records, strategy).divergenceNote();
            if (!note.isEmpty()) {
                lines.add(note + ".");
            }
        }
        return lines;
    }
}
