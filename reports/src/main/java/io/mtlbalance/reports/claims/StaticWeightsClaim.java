package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.protocols.StaticWeightComparison;
import io.mtlbalance.reports.records.Protocol;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.SeedStatistics;
import io.mtlbalance.reports.stats.WelchTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * C5: static weights fixed at GradNorm's time-averaged weights (the gradnorm-static trials)
 * perform about as well as GradNorm. For each task's primary metric, a Welch t-test compares the
 * finished seeds of gradnorm-static with those of gradnorm. The claim agrees when no task differs
 * at p &lt; 0.05 (when both sides have zero spread, when the means are equal) and disagrees when
 * some task differs in either direction. It needs at least two finished seeds of each, because
 * with fewer the test cannot tell noise from effect.
 */
final class StaticWeightsClaim {

    static final String ID = "C5";
    static final String CLAIM = "Static weights fixed at GradNorm's time-averaged weights perform about as well as "
            + "GradNorm (no primary metric differs beyond seed-to-seed noise).";

    private static final String STATIC = Protocol.GRADNORM_STATIC.strategyName();

    private StaticWeightsClaim() {}

    static ClaimResult evaluate(RunRecords records, FinalMetricSummary summary, GridSearchAnalysis grid) {
        Optional<ClaimResult> early = decideWithoutTests(records, summary);
        if (early.isPresent()) {
            return early.get();
        }

        List<String> lines = new ArrayList<>();
        lines.add("Rule: for each task's primary metric, a Welch t-test compares the finished seeds of "
                + "gradnorm-static and GradNorm; the claim agrees when no task differs at p < "
                + WelchTest.SIGNIFICANCE_LEVEL + ".");
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (TaskMetric metric : records.taskMetrics().stream().filter(TaskMetric::primary).toList()) {
            MetricKey key = new MetricKey(metric.task(), metric.metric());
            double[] fixed = summary.values(STATIC, key);
            double[] adaptive = summary.values(PaperClaims.GRADNORM, key);
            if (fixed.length < 2 || adaptive.length < 2) {
                lines.add(metric.task() + ": fewer than two finished seeds of a strategy recorded " + metric.metric()
                        + ", not compared.");
                continue;
            }
            compared++;
            if (differs(metric, fixed, adaptive, lines)) {
                differing.add(metric.task());
            }
        }
        grid.gradNormStaticTrials().forEach(c -> lines.add(distanceLine(c)));

        if (compared == 0) {
            return new ClaimResult(ID, CLAIM, Verdict.NOT_TESTED, "No task has a primary metric with two finished "
                    + "seeds of both gradnorm-static and GradNorm.", lines);
        }
        String line = differing.isEmpty()
                ? "No primary metric of the " + compared + " compared tasks differs significantly between "
                        + "gradnorm-static and GradNorm."
                : "gradnorm-static and GradNorm differ significantly on " + differing.size() + " of " + compared
                        + " tasks: " + String.join(", ", differing) + ".";
        return new ClaimResult(ID, CLAIM, differing.isEmpty() ? Verdict.AGREES : Verdict.DISAGREES, line, lines);
    }

    private static Optional<ClaimResult> decideWithoutTests(RunRecords records, FinalMetricSummary summary) {
        StrategyOutcome fixed = StrategyOutcome.of(records, STATIC);
        StrategyOutcome adaptive = StrategyOutcome.of(records, PaperClaims.GRADNORM);
        if (fixed.total() == 0 || !adaptive.inRun()) {
            return Optional.of(StrategyComparison.notTested(ID, CLAIM, "The run does not contain both "
                    + STATIC + " trials and the strategy '" + PaperClaims.GRADNORM + "'."));
        }
        if (fixed.noneFinishedSomeDiverged() && adaptive.finished() > 0) {
            return Optional.of(new ClaimResult(ID, CLAIM, Verdict.DISAGREES, "No gradnorm-static trial finished ("
                    + fixed.diverged() + " of " + fixed.total() + " diverged) while GradNorm finished "
                    + adaptive.finished() + ".", List.of()));
        }
        if (summary.finishedTrials(STATIC) < 2 || summary.finishedTrials(PaperClaims.GRADNORM) < 2) {
            return Optional.of(StrategyComparison.notTested(ID, CLAIM, "Finished trials: gradnorm-static "
                    + fixed.finished() + ", GradNorm " + adaptive.finished() + "; the Welch t-test needs at least "
                    + "two finished seeds of each to tell noise from effect."));
        }
        return Optional.empty();
    }

    /** Appends the comparison of one task and returns whether the two strategies differ beyond noise. */
    private static boolean differs(TaskMetric metric, double[] fixed, double[] adaptive, List<String> lines) {
        SeedStatistics fixedStats = SeedStatistics.of(fixed);
        SeedStatistics adaptiveStats = SeedStatistics.of(adaptive);
        OptionalDouble p = WelchTest.pValue(fixed, adaptive);
        boolean differs = Double.isNaN(p.getAsDouble())
                ? fixedStats.mean() != adaptiveStats.mean()
                : p.getAsDouble() < WelchTest.SIGNIFICANCE_LEVEL;
        double relative = 100 * (fixedStats.mean() - adaptiveStats.mean()) / Math.abs(adaptiveStats.mean());
        lines.add(metric.task() + " " + metric.labelWithArrow() + ": gradnorm-static " + Numbers.meanAndSpread(fixedStats)
                + ", GradNorm " + Numbers.meanAndSpread(adaptiveStats) + "; difference " + Numbers.format(relative)
                + "% of GradNorm's mean (" + Numbers.pValue(p) + ").");
        return differs;
    }

    private static String distanceLine(StaticWeightComparison comparison) {
        String distance = comparison.distance().isPresent() ? Numbers.format(comparison.distance().getAsDouble())
                : "unknown, because the gradnorm trial of that seed did not finish";
        return comparison.trial().id() + ": L2 distance from GradNorm's time-averaged weights " + distance + ".";
    }
}
