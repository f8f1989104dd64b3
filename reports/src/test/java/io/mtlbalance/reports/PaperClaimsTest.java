package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.claims.ClaimResult;
import io.mtlbalance.reports.claims.PaperClaims;
import io.mtlbalance.reports.claims.Verdict;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.WelchTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperClaimsTest {

    @TempDir
    Path runDirectory;

    private static List<ClaimResult> claims(Path runDirectory) throws IOException {
        RunRecords records = RunRecords.load(runDirectory);
        return PaperClaims.evaluate(records, FinalMetricSummary.of(records));
    }

    private static ClaimResult claim(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Two-sided p-value of Student's t distribution with 4 degrees of freedom, from its closed
     * form CDF: F(t) = 1/2 + (3/8) x (1 - t^2 / (12 (1 + t^2/4))) with x = t / sqrt(1 + t^2/4).
     * Welch's test with two groups of 3 and equal variances has exactly 4 degrees of freedom.
     */
    private static double twoSidedPWithFourDegrees(double t) {
        double a = 1 + t * t / 4;
        double x = Math.abs(t) / Math.sqrt(a);
        return 1 - 0.75 * x * (1 - t * t / (12 * a));
    }

    @Test
    void welchPValueMatchesClosedForm() {
        // means 0.5 and 1.0, variances 0.01 each: t = -0.5 / sqrt(0.01/3 + 0.01/3) = -6.1237
        double t = -0.5 / Math.sqrt(0.02 / 3);
        double expected = twoSidedPWithFourDegrees(t);

        double p = WelchTest.pValue(new double[] {0.4, 0.5, 0.6}, new double[] {0.9, 1.0, 1.1}).getAsDouble();

        assertEquals(0.0036022326091, expected, 1e-10, "closed form agrees with scipy.stats.ttest_ind");
        assertEquals(expected, p, 1e-9);
    }

    @Test
    void welchNeedsTwoSeedsPerSide() {
        assertTrue(WelchTest.pValue(new double[] {0.4}, new double[] {0.9, 1.0}).isEmpty());
    }

    @Test
    void lowerNormalizedLossAgrees() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        ClaimResult c1 = claim(claims(runDirectory), "C1");

        double p = twoSidedPWithFourDegrees(-0.5 / Math.sqrt(0.02 / 3));
        assertEquals(Verdict.AGREES, c1.verdict());
        assertTrue(c1.summary().contains("GradNorm 0.5000 ± 0.1000 (n=3)"), c1.summary());
        assertTrue(c1.summary().contains("equal weighting 1.000 ± 0.1000 (n=3)"), c1.summary());
        assertTrue(c1.summary().contains(String.format(Locale.ROOT, "p = %.4g, significant", p)), c1.summary());
    }

    @Test
    void divergedSeedNotedInFirstClaim() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        ClaimResult c1 = claim(claims(runDirectory), "C1");

        assertTrue(c1.evidence().contains("1 of 4 gradnorm trials diverged and are left out of the means."),
                c1.evidence().toString());
    }

    @Test
    void higherNormalizedLossDisagreesWithinNoise() throws IOException {
        Scenarios.gradNormLoses(runDirectory);

        ClaimResult c1 = claim(claims(runDirectory), "C1");

        // means 1.2 and 1.0, variances 0.01 each: t = 0.2 / sqrt(0.02 / 3) = 2.449, p = 0.0705
        double p = twoSidedPWithFourDegrees(0.2 / Math.sqrt(0.02 / 3));
        assertEquals(Verdict.DISAGREES, c1.verdict());
        assertTrue(c1.summary().contains("GradNorm is not lower"), c1.summary());
        assertTrue(c1.summary().contains(String.format(Locale.ROOT, "p = %.4g, within noise", p)), c1.summary());
    }

    @Test
    void weightsCounteringLossScaleAgree() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        ClaimResult c2 = claim(claims(runDirectory), "C2");

        // initial losses: t0 (1 + 2 + 3) / 3 = 2, t1 (100 + 80 + 90) / 3 = 90
        // weights: t0 (1.0 + 1.2 + 1.4 + 1.6) / 4 = 1.3, t1 (1.0 + 0.8 + 0.6 + 0.4) / 4 = 0.7
        assertEquals(Verdict.AGREES, c2.verdict());
        assertTrue(c2.evidence().contains("t0: initial training loss 2.000, time-averaged weight 1.300."),
                c2.evidence().toString());
        assertTrue(c2.evidence().contains("t1: initial training loss 90.00, time-averaged weight 0.7000."),
                c2.evidence().toString());
    }

    @Test
    void weightsFollowingLossScaleDisagree() throws IOException {
        Scenarios.gradNormLoses(runDirectory);

        ClaimResult c2 = claim(claims(runDirectory), "C2");

        assertEquals(Verdict.DISAGREES, c2.verdict());
        assertTrue(c2.summary().contains("Largest time-averaged weight: t1 (smallest initial loss: t0)"),
                c2.summary());
    }

    @Test
    void betterPrimaryMetricsAgree() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        ClaimResult c3 = claim(claims(runDirectory), "C3");

        assertEquals(Verdict.AGREES, c3.verdict());
        assertTrue(c3.evidence().get(0).startsWith("t0 mse ↓: GradNorm 0.1200 ± 0.02000 (n=3), equal weighting "
                + "0.2200 ± 0.02000 (n=3); GradNorm matches or beats"), c3.evidence().get(0));
    }

    @Test
    void worsePrimaryMetricOnOneTaskDisagrees() throws IOException {
        Scenarios.gradNormLoses(runDirectory);

        ClaimResult c3 = claim(claims(runDirectory), "C3");

        // t0: GradNorm 0.32 against 0.22 (worse); t1: GradNorm 1.2 against 1.6 (better)
        assertEquals(Verdict.DISAGREES, c3.verdict());
        assertTrue(c3.summary().contains("worse than equal weighting on 1 of 2 tasks: t0"), c3.summary());
    }

    @Test
    void missingEqualWeightingIsNotTested() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        deleteTrialsOf("equal");
        new RunFixture.Settings(runDirectory).replace("strategies=equal,gradnorm", "strategies=gradnorm");

        List<ClaimResult> claims = claims(runDirectory);

        assertEquals(Verdict.NOT_TESTED, claim(claims, "C1").verdict());
        assertEquals(Verdict.AGREES, claim(claims, "C2").verdict(), "C2 needs only GradNorm");
        assertEquals(Verdict.NOT_TESTED, claim(claims, "C3").verdict());
    }

    @Test
    void everyGradNormSeedDivergedDisagrees() throws IOException {
        RunFixture run = RunFixture.create(runDirectory, "toy", "equal,gradnorm", "1,2,3");
        Scenarios.writeEqualWeighting(run);
        run.divergedTrial("gradnorm", 1, 3, "t0", "loss", "Infinity").write();

        List<ClaimResult> claims = claims(runDirectory);

        assertEquals(Verdict.DISAGREES, claim(claims, "C1").verdict());
        assertTrue(claim(claims, "C1").summary().startsWith("No GradNorm trial finished (1 of 1 diverged)"),
                claim(claims, "C1").summary());
        assertEquals(Verdict.NOT_TESTED, claim(claims, "C2").verdict());
        assertEquals(Verdict.DISAGREES, claim(claims, "C3").verdict());
    }

    private void deleteTrialsOf(String strategy) throws IOException {
        try (Stream<Path> files = Files.walk(runDirectory.resolve("trials"))) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                if (runDirectory.resolve("trials").relativize(file).toString().startsWith(strategy + "-seed")) {
                    Files.delete(file);
                }
            }
        }
    }
}
