package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.claims.ClaimResult;
import io.mtlbalance.reports.claims.PaperClaims;
import io.mtlbalance.reports.claims.Verdict;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims C4 (grid search), C5 (gradnorm-static) and C6 (alpha sweep). The grid fixtures build on
 * {@link GridSearchTest#writeGrid}: GradNorm seed 1 has final mse t0 = 0.10 and t1 = 1.0, and
 * grid trials 1-3 have relative performance -5, +7.5 and -100.
 */
class ProtocolClaimsTest {

    @TempDir
    Path runDirectory;

    private ClaimResult claim(String id) throws IOException {
        RunRecords records = RunRecords.load(runDirectory);
        List<ClaimResult> claims = PaperClaims.evaluate(records, FinalMetricSummary.of(records));
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static void writeGridTrial(RunFixture run, int index, double mseT0, double mseT1) {
        TrialFiles.gridSearch(run, index, 1, "1.0,1.0").finalValue("t0", "mse", mseT0).finalValue("t1", "mse", mseT1)
                .write();
    }

    @Test
    void gradNormBeatingMostGridTrialsAgrees() throws IOException {
        GridSearchTest.writeGrid(runDirectory);

        ClaimResult c4 = claim("C4");

        // relative performance -5, +7.5, -100: GradNorm beats or matches 2 of 3, but grid 2 beats it
        assertEquals(Verdict.AGREES, c4.verdict());
        assertEquals("GradNorm beats or matches 2 of 3 compared grid-search trials (more than half), but not the best: "
                + "grid-search-02-seed1 has relative performance +7.50%.", c4.summary());
    }

    @Test
    void gradNormBeatingAllGridTrialsIncludesBest() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        // -(0.2 - 0.1) / 0.1 * 100 = -100 and -(1.0 - 1.0) / 1.0 * 100 = 0: mean -50
        writeGridTrial(run, 1, 0.2, 1.0);
        // both equal to GradNorm: relative performance 0, which counts as a match
        writeGridTrial(run, 2, 0.1, 1.0);

        ClaimResult c4 = claim("C4");

        assertEquals(Verdict.AGREES, c4.verdict());
        assertTrue(c4.summary().endsWith("2 of 2 compared grid-search trials (more than half), including the best."),
                c4.summary());
    }

    @Test
    void gridTrialsBeatingGradNormDisagree() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        // -(0.05 - 0.1) / 0.1 * 100 = +50 and -(0.5 - 1.0) / 1.0 * 100 = +50: mean +50
        writeGridTrial(run, 1, 0.05, 0.5);
        // -(0.2 - 0.1) / 0.1 * 100 = -100 and 0: mean -50
        writeGridTrial(run, 2, 0.2, 1.0);

        ClaimResult c4 = claim("C4");

        // 1 of 2 is exactly half, not more than half
        assertEquals(Verdict.DISAGREES, c4.verdict());
        assertTrue(c4.summary().startsWith("GradNorm beats or matches 1 of 2 compared grid-search trials (not more "
                + "than half)"), c4.summary());
    }

    @Test
    void divergedGridTrialCountsForGradNorm() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        writeGridTrial(run, 1, 0.05, 0.5);
        TrialFiles.gridSearch(run, 2, 1, "2.0,0.0").diverged().write();
        TrialFiles.gridSearch(run, 3, 1, "0.0,2.0").diverged().write();

        ClaimResult c4 = claim("C4");

        assertEquals(Verdict.AGREES, c4.verdict());
        assertTrue(c4.evidence().contains("2 grid-search trials diverged while GradNorm of their seed finished; they "
                + "count for GradNorm."), c4.evidence().toString());
    }

    @Test
    void gridWithoutGradNormSeedNotTested() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.gridSearch(run, 1, 7, "1.0,1.0").finalValue("t0", "mse", 0.1).finalValue("t1", "mse", 1.0).write();

        ClaimResult c4 = claim("C4");

        assertEquals(Verdict.NOT_TESTED, c4.verdict());
        assertEquals(List.of("grid-search-01-seed7 not compared: the run has no gradnorm trial with seed 7."),
                c4.evidence());
    }

    @Test
    void runWithoutProtocolsLeavesNewClaimsUntested() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        assertEquals("The run has no grid-search trials.", claim("C4").summary());
        assertEquals(Verdict.NOT_TESTED, claim("C5").verdict());
        assertEquals("The run has no alpha-sweep trials.", claim("C6").summary());
    }

    /** gradnorm-static seeds 1-3 against GradNorm's t0 mse 0.10, 0.12, 0.14 and t1 mse 1.0, 1.2, 1.4. */
    private void writeGradNormStatic(double[] mseT0, double[] mseT1) {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        for (int i = 0; i < 3; i++) {
            TrialFiles.gradNormStatic(run, i + 1, "1.3,0.7").finalValue("t0", "mse", mseT0[i])
                    .finalValue("t1", "mse", mseT1[i]).write();
        }
    }

    @Test
    void staticWeightsWithinNoiseAgree() throws IOException {
        // the same means as GradNorm (0.12 and 1.2) with half the spread: t = 0, p = 1
        writeGradNormStatic(new double[] {0.11, 0.12, 0.13}, new double[] {1.1, 1.2, 1.3});

        ClaimResult c5 = claim("C5");

        assertEquals(Verdict.AGREES, c5.verdict());
        assertEquals("No primary metric of the 2 compared tasks differs significantly between gradnorm-static and "
                + "GradNorm.", c5.summary());
        assertTrue(c5.evidence().get(0).startsWith("Rule: for each task's primary metric, a Welch t-test"),
                c5.evidence().get(0));
        assertTrue(c5.evidence().get(1).startsWith("t0 mse ↓: gradnorm-static 0.1200 ± 0.01000 (n=3), GradNorm "
                + "0.1200 ± 0.02000 (n=3)"), c5.evidence().get(1));
        assertTrue(c5.evidence().contains("gradnorm-static-seed1: L2 distance from GradNorm's time-averaged weights "
                + "0.000."), c5.evidence().toString());
    }

    @Test
    void significantlyWorseStaticWeightsDisagree() throws IOException {
        // t0: 0.30, 0.32, 0.34 against 0.10, 0.12, 0.14, both variance 0.0004:
        // t = 0.2 / sqrt(0.0008 / 3) = 12.25 with 4 degrees of freedom, p < 0.001
        writeGradNormStatic(new double[] {0.30, 0.32, 0.34}, new double[] {1.1, 1.2, 1.3});

        ClaimResult c5 = claim("C5");

        assertEquals(Verdict.DISAGREES, c5.verdict());
        assertEquals("gradnorm-static and GradNorm differ significantly on 1 of 2 tasks: t0.", c5.summary());
        assertTrue(c5.evidence().get(1).endsWith("significant at 5%)."), c5.evidence().get(1));
    }

    @Test
    void singleStaticSeedNotTested() throws IOException {
        GridSearchTest.writeGrid(runDirectory);

        ClaimResult c5 = claim("C5");

        assertEquals(Verdict.NOT_TESTED, c5.verdict());
        assertEquals("Finished trials: gradnorm-static 1, GradNorm 3; the Welch t-test needs at least two finished "
                + "seeds of each to tell noise from effect.", c5.summary());
    }

    @Test
    void divergedStaticWeightsDisagree() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.gradNormStatic(run, 1, "1.3,0.7").diverged().write();

        ClaimResult c5 = claim("C5");

        assertEquals(Verdict.DISAGREES, c5.verdict());
        assertTrue(c5.summary().startsWith("No gradnorm-static trial finished (1 of 1 diverged)"), c5.summary());
    }

    @Test
    void lowerLossAtPositiveAlphaAgrees() throws IOException {
        AlphaSweepTest.writeSweep(runDirectory);

        ClaimResult c6 = claim("C6");

        // normalized loss means: alpha 0 -> (1.0 + 1.2) / 2 = 1.1; 0.12 -> 0.9 (lower); 1.5 -> (1.5 + 1.7) / 2 = 1.6
        assertEquals(Verdict.AGREES, c6.verdict());
        assertEquals("1 of 2 α > 0 end with a lower mean task-normalized test loss than α = 0; the lowest is α = 0.12.",
                c6.summary());
        assertTrue(c6.evidence().contains("α = 1.5: 1.600 ± 0.1414 (n=2), not lower than α = 0."),
                c6.evidence().toString());
        assertTrue(c6.evidence().get(c6.evidence().size() - 1).endsWith("α = 0.12 has 1 and α = 0 has 2 finished "
                + "seeds, and it needs 2 each."), c6.evidence().toString());
    }

    @Test
    void noAlphaBeatingZeroDisagrees() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        AlphaSweepTest.writeAlpha(run, 0.0, 1, 0.1, 1.0, 0.8);
        AlphaSweepTest.writeAlpha(run, 0.5, 1, 0.1, 1.0, 0.8);
        AlphaSweepTest.writeAlpha(run, 1.5, 1, 0.1, 1.0, 1.3);

        ClaimResult c6 = claim("C6");

        // 0.8 is not strictly lower than 0.8, and 1.3 is higher
        assertEquals(Verdict.DISAGREES, c6.verdict());
        assertEquals("No α > 0 of 2 ends with a lower mean task-normalized test loss than α = 0.", c6.summary());
    }

    @Test
    void divergedAlphaZeroAgrees() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.alphaSweep(run, 0.0, 1).diverged().write();
        AlphaSweepTest.writeAlpha(run, 0.5, 1, 0.1, 1.0, 0.8);

        ClaimResult c6 = claim("C6");

        assertEquals(Verdict.AGREES, c6.verdict());
        assertEquals("Every α = 0 trial diverged (1 of 1) while some α > 0 finished.", c6.summary());
    }

    @Test
    void sweepWithoutAlphaZeroNotTested() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        AlphaSweepTest.writeAlpha(run, 0.5, 1, 0.1, 1.0, 0.8);

        ClaimResult c6 = claim("C6");

        assertEquals(Verdict.NOT_TESTED, c6.verdict());
        assertEquals("The sweep needs α = 0 and at least one α > 0; it has 0.5.", c6.summary());
    }

    @Test
    void reportListsAllSixClaims() throws IOException {
        AlphaSweepTest.writeSweep(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("- **C4 — not tested.**"), markdown);
        assertTrue(markdown.contains("- **C5 — not tested.**"), markdown);
        assertTrue(markdown.contains("- **C6 — agrees.**"), markdown);
    }
}
