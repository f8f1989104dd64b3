package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import java.util.List;

/**
 * Checks a run against claims of the GradNorm paper (Chen, Badrinarayanan, Lee, Rabinovich,
 * "GradNorm: Gradient Normalization for Adaptive Loss Balancing in Deep Multitask Networks",
 * ICML 2018). Verdicts follow fixed rules stated on each claim and are never adjusted to the
 * result: a run that contradicts a claim gets {@link Verdict#DISAGREES}.
 *
 * <p>GradNorm and equal weighting are recognized by their strategy names {@value #GRADNORM} and
 * {@value #EQUAL}. A claim whose strategies are not in the run is {@link Verdict#NOT_TESTED}.
 */
public final class PaperClaims {

    /** The strategy name of GradNorm. */
    public static final String GRADNORM = "gradnorm";
    /** The strategy name of equal weighting, every weight 1. */
    public static final String EQUAL = "equal";

    private PaperClaims() {}

    /**
     * Evaluates every claim, in the order C1 (final task-normalized test loss), C2 (weights
     * counter loss scale), C3 (primary metric per task).
     *
     * @param records the run, never null
     * @param summary the final metrics of the same run, never null
     */
    public static List<ClaimResult> evaluate(RunRecords records, FinalMetricSummary summary) {
        return List.of(
                NormalizedLossClaim.evaluate(records, summary),
                WeightOrderClaim.evaluate(records),
                PrimaryMetricClaim.evaluate(records, summary));
    }
}
