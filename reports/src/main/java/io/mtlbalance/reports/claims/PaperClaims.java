package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.StrategyNames;
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
    public static final String GRADNORM = StrategyNames.GRADNORM;
    /** The strategy name of equal weighting, every weight 1. */
    public static final String EQUAL = StrategyNames.EQUAL;

    private PaperClaims() {}

    /**
     * Evaluates every claim, computing the grid-search and alpha-sweep analyses from {@code records};
     * see {@link #evaluate(RunRecords, FinalMetricSummary, GridSearchAnalysis, AlphaSweepAnalysis)}.
     *
     * @param records the run, never null
     * @param summary the final metrics of the same run, never null
     */
    public static List<ClaimResult> evaluate(RunRecords records, FinalMetricSummary summary) {
        return evaluate(records, summary, GridSearchAnalysis.of(records), AlphaSweepAnalysis.of(records));
    }

    /**
     * Evaluates every claim, in the order C1 (final task-normalized test loss), C2 (weights
     * counter loss scale), C3 (primary metric per task), C4 (grid search), C5 (gradnorm-static
     * against GradNorm), C6 (alpha sweep). A claim whose trials are absent is
     * {@link Verdict#NOT_TESTED}.
     *
     * @param records the run, never null
     * @param summary the final metrics of the same run, never null
     * @param gridSearch the grid-search analysis of the same run, never null
     * @param alphaSweep the alpha-sweep analysis of the same run, never null
     */
    public static List<ClaimResult> evaluate(RunRecords records, FinalMetricSummary summary,
            GridSearchAnalysis gridSearch, AlphaSweepAnalysis alphaSweep) {
        return List.of(
                NormalizedLossClaim.evaluate(records, summary),
                WeightOrderClaim.evaluate(records),
                PrimaryMetricClaim.evaluate(records, summary),
                GridSearchClaim.evaluate(gridSearch),
                StaticWeightsClaim.evaluate(records, summary, gridSearch),
                AlphaSweepClaim.evaluate(alphaSweep));
    }
}
