package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.AlphaSweepAnalysis.AlphaRow;
import io.mtlbalance.reports.stats.SeedStatistics;
import io.mtlbalance.reports.stats.WelchTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * C6: GradNorm with some alpha &gt; 0 beats alpha = 0 in the alpha sweep. The check compares the
 * mean over finished seeds of the final task-normalized test loss: the claim agrees when at least
 * one alpha &gt; 0 has a strictly lower mean than alpha = 0. When every alpha = 0 trial diverged
 * and some alpha &gt; 0 finished, it agrees; in the reverse case it disagrees.
 *
 * <p>Limitations: taking the best of several alphas against one alpha = 0 favours agreement when
 * the differences are noise, so the evidence gives the Welch p-value of the best alpha against
 * alpha = 0 when both have two or more finished seeds.
 */
final class AlphaSweepClaim {

    static final String ID = "C6";
    static final String CLAIM = "GradNorm with some α > 0 beats α = 0: it ends with a lower task-normalized test loss.";

    private AlphaSweepClaim() {}

    static ClaimResult evaluate(AlphaSweepAnalysis sweep) {
        if (sweep.isEmpty()) {
            return StrategyComparison.notTested(ID, CLAIM, "The run has no alpha-sweep trials.");
        }
        Optional<AlphaRow> zero = sweep.row(0.0);
        List<AlphaRow> positive = sweep.rows().stream().filter(row -> row.alpha() > 0).toList();
        if (zero.isEmpty() || positive.isEmpty()) {
            return StrategyComparison.notTested(ID, CLAIM, "The sweep needs α = 0 and at least one α > 0; it has "
                    + String.join(", ", sweep.rows().stream().map(row -> Double.toString(row.alpha())).toList()) + ".");
        }
        Optional<ClaimResult> early = decideWithoutMeans(zero.get(), positive);
        if (early.isPresent()) {
            return early.get();
        }

        SeedStatistics reference = zero.get().normalizedLoss().orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add("Rule: the mean over finished seeds of the final task-normalized test loss of each α > 0 is "
                + "compared with that of α = 0; the claim agrees when at least one α > 0 is strictly lower.");
        lines.add("α = 0: " + Numbers.meanAndSpread(reference) + ".");
        List<AlphaRow> lower = new ArrayList<>();
        for (AlphaRow row : positive) {
            Optional<SeedStatistics> stats = row.normalizedLoss();
            if (stats.isEmpty()) {
                lines.add("α = " + row.alpha() + ": no finished trial recorded the loss.");
                continue;
            }
            boolean isLower = stats.get().mean() < reference.mean();
            if (isLower) {
                lower.add(row);
            }
            lines.add("α = " + row.alpha() + ": " + Numbers.meanAndSpread(stats.get()) + ", "
                    + (isLower ? "lower" : "not lower") + " than α = 0.");
        }
        return decide(zero.get(), positive, lower, lines);
    }

    /** Decides when α = 0 or every α > 0 has no finished loss, from divergences. */
    private static Optional<ClaimResult> decideWithoutMeans(AlphaRow zero, List<AlphaRow> positive) {
        boolean zeroHasLoss = zero.normalizedLoss().isPresent();
        boolean positiveHasLoss = positive.stream().anyMatch(row -> row.normalizedLoss().isPresent());
        if (zeroHasLoss && positiveHasLoss) {
            return Optional.empty();
        }
        if (!zeroHasLoss && zero.finished() == 0 && zero.diverged() > 0 && positiveHasLoss) {
            return Optional.of(new ClaimResult(ID, CLAIM, Verdict.AGREES, "Every α = 0 trial diverged ("
                    + zero.diverged() + " of " + zero.trials() + ") while some α > 0 finished.", List.of()));
        }
        boolean positiveAllDiverged = positive.stream().allMatch(row -> row.finished() == 0)
                && positive.stream().anyMatch(row -> row.diverged() > 0);
        if (zeroHasLoss && positiveAllDiverged) {
            return Optional.of(new ClaimResult(ID, CLAIM, Verdict.DISAGREES, "No α > 0 trial finished (some "
                    + "diverged) while α = 0 finished.", List.of()));
        }
        return Optional.of(StrategyComparison.notTested(ID, CLAIM, "The finished alpha-sweep trials lack the final "
                + "task-normalized test loss (task=all, metric=normalized_loss) at α = 0 or at every α > 0."));
    }

    private static String pValueText(AlphaRow best, AlphaRow zero) {
        OptionalDouble p = WelchTest.pValue(best.normalizedLossArray(), zero.normalizedLossArray());
        if (p.isEmpty()) {
            return "no Welch t-test, because α = " + best.alpha() + " has " + best.normalizedLossValues().size()
                    + " and α = 0 has " + zero.normalizedLossValues().size() + " finished seeds, and it needs 2 each";
        }
        return Numbers.pValue(p);
    }

    private static ClaimResult decide(AlphaRow zero, List<AlphaRow> positive, List<AlphaRow> lower, List<String> lines) {
        if (lower.isEmpty()) {
            return new ClaimResult(ID, CLAIM, Verdict.DISAGREES, "No α > 0 of " + positive.size()
                    + " ends with a lower mean task-normalized test loss than α = 0.", lines);
        }
        AlphaRow best = lower.stream()
                .min(Comparator.comparingDouble(row -> row.normalizedLoss().orElseThrow().mean()))
                .orElseThrow();
        lines.add("The best of several α > 0 against one α = 0 favours agreement when the gaps are noise; best α = "
                + best.alpha() + " against α = 0: " + pValueText(best, zero) + ".");
        return new ClaimResult(ID, CLAIM, Verdict.AGREES, lower.size() + " of " + positive.size() + " α > 0 end with a "
                + "lower mean task-normalized test loss than α = 0; the lowest is α = " + best.alpha() + ".", lines);
    }
}
