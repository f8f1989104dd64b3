package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.records.RunRecords;
import java.util.List;
import java.util.Optional;

/**
 * The precondition shared by claims that compare GradNorm with equal weighting: both strategies
 * are in the run and at least one of them finished a trial.
 */
final class StrategyComparison {

    private StrategyComparison() {}

    /**
     * Returns a finished result when the comparison cannot use means over finished trials: a
     * strategy is missing or has no finished trial. When no GradNorm trial finished and some
     * diverged while equal weighting finished, GradNorm has no final value, which contradicts a
     * claim that it ends better. The reverse case supports the claim.
     */
    static Optional<ClaimResult> decideWithoutMeans(String id, String claim, RunRecords records) {
        StrategyOutcome gradNorm = StrategyOutcome.of(records, PaperClaims.GRADNORM);
        StrategyOutcome equal = StrategyOutcome.of(records, PaperClaims.EQUAL);

        if (!gradNorm.inRun() || !equal.inRun()) {
            return Optional.of(notTested(id, claim, "The run does not contain both strategies '"
                    + PaperClaims.GRADNORM + "' and '" + PaperClaims.EQUAL + "'."));
        }
        if (gradNorm.finished() > 0 && equal.finished() > 0) {
            return Optional.empty();
        }
        if (gradNorm.noneFinishedSomeDiverged() && equal.finished() > 0) {
            return Optional.of(new ClaimResult(id, claim, Verdict.DISAGREES, "No GradNorm trial finished ("
                    + gradNorm.diverged() + " of " + gradNorm.total() + " diverged) while equal weighting finished "
                    + equal.finished() + ", so GradNorm has no final value to compare.", List.of()));
        }
        if (equal.noneFinishedSomeDiverged() && gradNorm.finished() > 0) {
            return Optional.of(new ClaimResult(id, claim, Verdict.AGREES, "No equal-weighting trial finished ("
                    + equal.diverged() + " of " + equal.total() + " diverged) while GradNorm finished "
                    + gradNorm.finished() + ".", List.of()));
        }
        return Optional.of(notTested(id, claim, "GradNorm finished " + gradNorm.finished()
                + " trials and equal weighting " + equal.finished() + ", so there is nothing to compare."));
    }

    static ClaimResult notTested(String id, String claim, String reason) {
        return new ClaimResult(id, claim, Verdict.NOT_TESTED, reason, List.of());
    }
}
