package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.protocols.StaticWeightComparison;
import io.mtlbalance.reports.protocols.StaticWeightComparison.Outcome;
import io.mtlbalance.reports.stats.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * C4: GradNorm beats or matches the best static weighting of the grid search, or at least most of
 * them. Each grid-search trial is compared with the gradnorm trial of the same seed. GradNorm
 * beats or matches the trial when the trial's relative performance (see
 * {@link StaticWeightComparison#relativePerformance()}) is zero or negative, or when the trial
 * diverged while GradNorm finished. The trial wins when its relative performance is positive, or
 * when it finished while GradNorm diverged. The claim agrees when GradNorm beats or matches more
 * than half of the compared trials; the summary states whether that includes the best one.
 */
final class GridSearchClaim {

    static final String ID = "C4";
    static final String CLAIM = "GradNorm beats or matches the best static weighting found by grid search, "
            + "or at least most of them.";

    private GridSearchClaim() {}

    static ClaimResult evaluate(GridSearchAnalysis grid) {
        if (grid.gridTrials().isEmpty()) {
            return StrategyComparison.notTested(ID, CLAIM, "The run has no grid-search trials.");
        }
        int gradNormWins = grid.countGridTrials(Outcome.GRADNORM_BEATS_OR_MATCHES)
                + grid.countGridTrials(Outcome.TRIAL_DIVERGED);
        int gridWins = grid.countGridTrials(Outcome.BEATS_GRADNORM) + grid.countGridTrials(Outcome.GRADNORM_DIVERGED);
        int compared = gradNormWins + gridWins;
        if (compared == 0) {
            return new ClaimResult(ID, CLAIM, Verdict.NOT_TESTED, "No grid-search trial could be compared with "
                    + "GradNorm of the same seed.", notComparedLines(grid));
        }

        boolean most = 2 * gradNormWins > compared;
        String summary = "GradNorm beats or matches " + gradNormWins + " of " + compared
                + " compared grid-search trials (" + (most ? "more than half" : "not more than half") + ")"
                + bestClause(grid, gridWins) + ".";
        return new ClaimResult(ID, CLAIM, most ? Verdict.AGREES : Verdict.DISAGREES, summary, evidence(grid));
    }

    private static String bestClause(GridSearchAnalysis grid, int gridWins) {
        if (gridWins == 0) {
            return ", including the best";
        }
        Optional<StaticWeightComparison> best = grid.gridTrials().stream()
                .filter(c -> c.relativePerformance().isPresent())
                .max(Comparator.comparingDouble(c -> c.relativePerformance().getAsDouble()));
        if (best.isEmpty() || best.get().outcome() != Outcome.BEATS_GRADNORM) {
            return ", but not the best: " + gridWins + " won because GradNorm of their seed diverged";
        }
        return ", but not the best: " + best.get().trial().id() + " has relative performance "
                + NumberText.signedPercent(best.get().relativePerformance().getAsDouble()) + "%";
    }

    private static List<String> evidence(GridSearchAnalysis grid) {
        List<String> lines = new ArrayList<>();
        lines.add("Rule: a grid-search trial counts for GradNorm when its relative performance against the gradnorm "
                + "trial of the same seed is ≤ 0 or when it diverged while GradNorm finished; it counts against "
                + "GradNorm when its relative performance is > 0 or when GradNorm of its seed diverged while it "
                + "finished. The claim agrees when more than half count for GradNorm.");
        int trialDiverged = grid.countGridTrials(Outcome.TRIAL_DIVERGED);
        int gradNormDiverged = grid.countGridTrials(Outcome.GRADNORM_DIVERGED);
        if (trialDiverged > 0) {
            lines.add(trialDiverged + " grid-search trials diverged while GradNorm of their seed finished; "
                    + "they count for GradNorm.");
        }
        if (gradNormDiverged > 0) {
            lines.add(gradNormDiverged + " grid-search trials finished while GradNorm of their seed diverged; "
                    + "they count against GradNorm.");
        }
        lines.addAll(notComparedLines(grid));
        return lines;
    }

    private static List<String> notComparedLines(GridSearchAnalysis grid) {
        return grid.gridTrials().stream()
                .filter(c -> c.outcome() == Outcome.NOT_COMPARED)
                .map(c -> c.trial().id() + " not compared: " + c.note().orElse("no reason recorded") + ".")
                .toList();
    }
}
