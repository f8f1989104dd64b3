package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.SeedStatistics;
import io.mtlbalance.reports.stats.WelchTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C3: GradNorm matches or beats equal weighting on each task's primary test metric. A task
 * agrees when the GradNorm mean over finished seeds is at least as good as the equal-weighting
 * mean in the metric's direction; worse by any amount disagrees, and the Welch p-value shows
 * whether that gap is within noise. The claim agrees only when every task with a primary
 * metric agrees.
 */
final class PrimaryMetricClaim {

    static final String ID = "C3";
    static final String CLAIM = "GradNorm matches or beats equal weighting on each task's primary test metric.";

    private PrimaryMetricClaim() {}

    static ClaimResult evaluate(RunRecords records, FinalMetricSummary summary) {
        Optional<ClaimResult> early = StrategyComparison.decideWithoutMeans(ID, CLAIM, records);
        if (early.isPresent()) {
            return early.get();
        }

        List<String> lines = new ArrayList<>();
        List<String> worseTasks = new ArrayList<>();
        int compared = 0;
        for (String task : records.taskNames()) {
            Optional<TaskMetric> primary = records.primaryMetric(task);
            if (primary.isEmpty()) {
                lines.add(task + ": no primary metric in tasks.csv, not compared.");
                continue;
            }
            MetricKey key = new MetricKey(task, primary.get().metric());
            double[] gradNorm = summary.values(PaperClaims.GRADNORM, key);
            double[] equal = summary.values(PaperClaims.EQUAL, key);
            if (gradNorm.length == 0 || equal.length == 0) {
                lines.add(task + ": final.csv lacks " + key.metric() + " for a strategy, not compared.");
                continue;
            }

            compared++;
            boolean atLeastAsGood = compareTask(primary.get(), gradNorm, equal, lines);
            if (!atLeastAsGood) {
                worseTasks.add(task);
            }
        }

        if (compared == 0) {
            return new ClaimResult(ID, CLAIM, Verdict.NOT_TESTED, "No task has a primary metric with final values "
                    + "for both strategies.", lines);
        }
        return new ClaimResult(ID, CLAIM, worseTasks.isEmpty() ? Verdict.AGREES : Verdict.DISAGREES,
                summaryLine(compared, worseTasks), lines);
    }

    private static boolean compareTask(TaskMetric metric, double[] gradNorm, double[] equal, List<String> lines) {
        SeedStatistics gradNormStats = SeedStatistics.of(gradNorm);
        SeedStatistics equalStats = SeedStatistics.of(equal);
        boolean atLeastAsGood = metric.direction().isAtLeastAsGood(gradNormStats.mean(), equalStats.mean());
        lines.add(metric.task() + " " + metric.labelWithArrow() + ": GradNorm " + Numbers.meanAndSpread(gradNormStats)
                + ", equal weighting " + Numbers.meanAndSpread(equalStats) + "; GradNorm "
                + (atLeastAsGood ? "matches or beats" : "is worse") + " ("
                + Numbers.pValue(WelchTest.pValue(gradNorm, equal)) + ").");
        return atLeastAsGood;
    }

    private static String summaryLine(int compared, List<String> worseTasks) {
        if (worseTasks.isEmpty()) {
            return "GradNorm's mean primary metric matches or beats equal weighting on all " + compared
                    + " compared tasks.";
        }
        return "GradNorm's mean primary metric is worse than equal weighting on " + worseTasks.size() + " of "
                + compared + " tasks: " + String.join(", ", worseTasks) + ".";
    }
}
