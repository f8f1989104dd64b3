package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.WelchComparisons;
import io.mtlbalance.reports.stats.WelchComparisons.Comparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelchComparisonsTest {

    @TempDir
    Path runDirectory;

    private static WelchComparisons againstEqual(Path runDirectory) throws IOException {
        RunRecords records = RunRecords.load(runDirectory);
        return WelchComparisons.against("equal", records, FinalMetricSummary.of(records));
    }

    private static TaskMetric metric(RunRecords records, String task) {
        return records.primaryMetric(task).orElseThrow();
    }

    /**
     * Two-sided p-value of Student's t with 4 degrees of freedom from its closed-form CDF, as in
     * PaperClaimsTest: Welch's test of two groups of 3 with equal variances has exactly 4.
     */
    private static double twoSidedPWithFourDegrees(double t) {
        double a = 1 + t * t / 4;
        double x = Math.abs(t) / Math.sqrt(a);
        return 1 - 0.75 * x * (1 - t * t / (12 * a));
    }

    @Test
    void gradNormAgainstEqualOnPrimaryMetric() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        RunRecords records = RunRecords.load(runDirectory);

        Comparison t0 = againstEqual(runDirectory).comparison("gradnorm", metric(records, "t0")).orElseThrow();

        // t0 mse: GradNorm 0.10, 0.12, 0.14 and equal 0.20, 0.22, 0.24, both with variance 0.0004:
        // difference -0.1, t = -0.1 / sqrt(0.0004/3 + 0.0004/3) = -6.1237 with 4 degrees of freedom
        double expected = twoSidedPWithFourDegrees(-0.1 / Math.sqrt(0.0008 / 3));
        assertEquals(-0.1, t0.meanDifference(), 1e-12);
        assertEquals(expected, t0.pValue().getAsDouble(), 1e-9);
        assertTrue(t0.isSignificant());
    }

    @Test
    void reportTableBoldsSignificantCells() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        double p = twoSidedPWithFourDegrees(-0.1 / Math.sqrt(0.0008 / 3));
        assertTrue(markdown.contains("## Significance against equal weighting\n\n"), markdown);
        assertTrue(markdown.contains("| strategy | t0 mse ↓ | t1 mse ↓ |"), markdown);
        assertTrue(markdown.contains(String.format(Locale.ROOT, "| gradnorm | **-0.1000, p = %.4g** |", p)), markdown);
    }

    @Test
    void singleSeedGivesReasonNotPValue() throws IOException {
        RunFixture run = RunFixture.create(runDirectory, "one-seed", "equal,gradnorm", "1,2");
        Scenarios.writeEqualWeighting(run);
        run.finishedTrial("gradnorm", 1).finalMse(0.1, 1.0).write();

        WelchComparisons comparisons = againstEqual(runDirectory);

        Comparison t0 = comparisons.comparison("gradnorm", metric(RunRecords.load(runDirectory), "t0")).orElseThrow();
        assertTrue(t0.pValue().isEmpty());
        assertEquals("gradnorm has 1 finished seed; the test needs at least 2 per strategy",
                t0.unavailableReason().orElseThrow());
    }

    @Test
    void zeroSpreadGivesReason() throws IOException {
        RunFixture run = RunFixture.create(runDirectory, "flat", "equal,gradnorm", "1,2");
        for (int seed = 1; seed <= 2; seed++) {
            run.finishedTrial("equal", seed).finalMse(0.2, 2.0).write();
            run.finishedTrial("gradnorm", seed).finalMse(0.1, 1.0).write();
        }

        Comparison t0 = againstEqual(runDirectory)
                .comparison("gradnorm", metric(RunRecords.load(runDirectory), "t0")).orElseThrow();

        assertEquals("both strategies have zero spread across seeds", t0.unavailableReason().orElseThrow());
    }

    @Test
    void runWithoutEqualHasNoTests() throws IOException {
        RunFixture run = RunFixture.create(runDirectory, "no-equal", "gradnorm", "1,2");
        run.finishedTrial("gradnorm", 1).write();
        run.finishedTrial("gradnorm", 2).write();

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("No Welch t-tests: the run needs a finished trial of 'equal' and of at least "
                + "one other strategy."), markdown);
    }
}
