package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.protocols.DeltaConvention;
import io.mtlbalance.reports.protocols.DeltaM;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.NumberText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Δm% on a run with tasks t0 (mse ↓ primary, mae ↓ not primary) and t1 (accuracy ↑ primary),
 * two seeds per strategy and per single-task baseline. Means over the two seeds:
 *
 * <pre>
 *                     t0 mse   t0 mae   t1 accuracy
 * single-task (M_b)   0.20     0.40     0.80
 * gradnorm            0.18     0.44     0.84
 * equal               0.22     0.40     0.78
 * </pre>
 */
class DeltaMTest {

    private static final double TOLERANCE = 1e-9;
    private static final String PRIMARY_LABEL = "Δm% (primary metric per task, positive = better)";
    private static final String CAGRAD_LABEL = "Δm% (CAGrad/Nash-MTL convention: all metrics, negative = better)";

    @TempDir
    Path runDirectory;

    private RunFixture writeRun() {
        RunFixture run = RunFixture.create(runDirectory, "delta", "equal,gradnorm", "1,2");
        run.write("tasks.csv", "task,metric,direction,primary\nt0,mse,lower,true\nt0,mae,lower,false\n"
                + "t1,accuracy,higher,true\n");
        writeTrial(TrialFiles.singleTask(run, "t0", 1).finalValue("t0", "mse", 0.18).finalValue("t0", "mae", 0.38));
        writeTrial(TrialFiles.singleTask(run, "t0", 2).finalValue("t0", "mse", 0.22).finalValue("t0", "mae", 0.42));
        writeTrial(TrialFiles.singleTask(run, "t1", 1).finalValue("t1", "accuracy", 0.78));
        writeTrial(TrialFiles.singleTask(run, "t1", 2).finalValue("t1", "accuracy", 0.82));
        writeMultitask(run, "gradnorm", 1, 0.17, 0.43, 0.83);
        writeMultitask(run, "gradnorm", 2, 0.19, 0.45, 0.85);
        writeMultitask(run, "equal", 1, 0.20, 0.40, 0.76);
        writeMultitask(run, "equal", 2, 0.24, 0.40, 0.80);
        return run;
    }

    private static void writeTrial(TrialFiles trial) {
        trial.write();
    }

    private static void writeMultitask(RunFixture run, String strategy, int seed, double mse, double mae, double accuracy) {
        TrialFiles.finished(run, strategy + "-seed" + seed, strategy, seed)
                .finalValue("t0", "mse", mse).finalValue("t0", "mae", mae).finalValue("t1", "accuracy", accuracy)
                .write();
    }

    private DeltaM compute(DeltaConvention convention) throws IOException {
        RunRecords records = RunRecords.load(runDirectory);
        return DeltaM.compute(records, FinalMetricSummary.of(records), convention);
    }

    @Test
    void primaryConventionMatchesHandArithmetic() throws IOException {
        writeRun();

        DeltaM deltaM = compute(DeltaConvention.PRIMARY_POSITIVE_BETTER);

        // gradnorm: t0 mse lower is better, s = -1: -1 * (0.18 - 0.20) / 0.20 * 100 = +10
        //           t1 accuracy higher is better, s = +1: (0.84 - 0.80) / 0.80 * 100 = +5
        //           Δm = (10 + 5) / 2 = 7.5
        DeltaM.Row gradNorm = deltaM.row("gradnorm").orElseThrow();
        assertEquals(10.0, gradNorm.terms().get(0).getAsDouble(), TOLERANCE);
        assertEquals(5.0, gradNorm.terms().get(1).getAsDouble(), TOLERANCE);
        assertEquals(7.5, gradNorm.value().getAsDouble(), TOLERANCE);
        // equal: -1 * (0.22 - 0.20) / 0.20 * 100 = -10; (0.78 - 0.80) / 0.80 * 100 = -2.5; Δm = -12.5 / 2 = -6.25
        assertEquals(-6.25, deltaM.row("equal").orElseThrow().value().getAsDouble(), TOLERANCE);
    }

    @Test
    void cagradConventionMatchesHandArithmetic() throws IOException {
        writeRun();

        DeltaM deltaM = compute(DeltaConvention.ALL_METRICS_NEGATIVE_BETTER);

        // gradnorm, (-1)^δ with δ = 1 only for accuracy:
        //   t0 mse      +(0.18 - 0.20) / 0.20 * 100 = -10
        //   t0 mae      +(0.44 - 0.40) / 0.40 * 100 = +10
        //   t1 accuracy -(0.84 - 0.80) / 0.80 * 100 = -5
        //   Δm = (-10 + 10 - 5) / 3 = -1.6667
        DeltaM.Row gradNorm = deltaM.row("gradnorm").orElseThrow();
        assertEquals(3, gradNorm.terms().size());
        assertEquals(-10.0, gradNorm.terms().get(0).getAsDouble(), TOLERANCE);
        assertEquals(10.0, gradNorm.terms().get(1).getAsDouble(), TOLERANCE);
        assertEquals(-5.0, gradNorm.terms().get(2).getAsDouble(), TOLERANCE);
        assertEquals(-5.0 / 3, gradNorm.value().getAsDouble(), TOLERANCE);
        // equal: +(0.22 - 0.20) / 0.20 * 100 = +10; 0; -(0.78 - 0.80) / 0.80 * 100 = +2.5; Δm = 12.5 / 3
        assertEquals(12.5 / 3, deltaM.row("equal").orElseThrow().value().getAsDouble(), TOLERANCE);
    }

    @Test
    void baselineMeansFromFinishedSeeds() throws IOException {
        RunFixture run = writeRun();
        TrialFiles.singleTask(run, "t0", 3).diverged().finalValue("t0", "mse", 99.0).write();

        DeltaM deltaM = compute(DeltaConvention.PRIMARY_POSITIVE_BETTER);

        // (0.18 + 0.22) / 2; the diverged seed 3 with 99.0 is left out
        assertEquals(0.20, deltaM.baselineMeans().get(0).getAsDouble(), TOLERANCE);
        assertEquals(7.5, deltaM.row("gradnorm").orElseThrow().value().getAsDouble(), TOLERANCE);
    }

    @Test
    void defaultReportLabelsPrimaryConvention() throws IOException {
        writeRun();

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("| strategy | t0 mse ↓ | t1 accuracy ↑ | " + PRIMARY_LABEL + " |"), markdown);
        assertTrue(markdown.contains("| single-task baseline M_b | 0.2000 | 0.8000 | – |"), markdown);
        assertTrue(markdown.contains("| gradnorm | +10.00 | +5.00 | +7.50 |"), markdown);
        assertTrue(markdown.contains("| equal | -10.00 | -2.50 | -6.25 |"), markdown);
        assertFalse(markdown.contains("CAGrad"), markdown);
    }

    @Test
    void optionSwitchesToCagradConvention() throws IOException {
        writeRun();
        ReportOptions options = ReportOptions.builder()
                .deltaConvention(DeltaConvention.ALL_METRICS_NEGATIVE_BETTER)
                .build();

        new ReportGenerator(options).generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("| strategy | t0 mse ↓ | t0 mae ↓ | t1 accuracy ↑ | " + CAGRAD_LABEL + " |"),
                markdown);
        assertTrue(markdown.contains("| gradnorm | -10.00 | +10.00 | -5.00 | -1.67 |"), markdown);
        assertTrue(markdown.contains(CAGRAD_LABEL + ": Δm = (1/K) Σ_k (−1)^δ_k"), markdown);
    }

    @Test
    void runWithoutBaselinesSaysUnavailable() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains(PRIMARY_LABEL + " is not available: the run has no single-task trials, so there "
                + "is no single-task baseline to compare with."), markdown);
    }

    @Test
    void missingTaskBaselineNamesTask() throws IOException {
        writeRun();
        for (int seed = 1; seed <= 2; seed++) {
            Path folder = runDirectory.resolve("trials/single-task-t1-seed" + seed);
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }

        DeltaM deltaM = compute(DeltaConvention.PRIMARY_POSITIVE_BETTER);

        assertEquals("no finished single-task trial of t1 recorded accuracy (0 finished)",
                deltaM.unavailableReason().orElseThrow());
        assertTrue(deltaM.rows().isEmpty());
        assertEquals(OptionalDouble.empty(), deltaM.baselineMeans().get(1));
    }

    @Test
    void strategyMissingMetricGetsNote() throws IOException {
        RunFixture run = writeRun();
        TrialFiles.finished(run, "uncertainty-seed1", "uncertainty", 1).finalValue("t0", "mse", 0.19).write();

        DeltaM.Row row = compute(DeltaConvention.PRIMARY_POSITIVE_BETTER).row("uncertainty").orElseThrow();

        // t0 term: -1 * (0.19 - 0.20) / 0.20 * 100 = +5; t1 accuracy is missing, so there is no Δm
        assertEquals(5.0, row.terms().get(0).getAsDouble(), TOLERANCE);
        assertTrue(row.terms().get(1).isEmpty());
        assertTrue(row.value().isEmpty());
        assertEquals("no final t1 accuracy", row.note().orElseThrow());
    }

    @Test
    void zeroBaselineRejected() throws IOException {
        RunFixture run = writeRun();
        TrialFiles.singleTask(run, "t1", 1).finalValue("t1", "accuracy", 0.0).write();
        TrialFiles.singleTask(run, "t1", 2).finalValue("t1", "accuracy", 0.0).write();

        DeltaM deltaM = compute(DeltaConvention.PRIMARY_POSITIVE_BETTER);

        assertTrue(deltaM.unavailableReason().orElseThrow().startsWith("the single-task baseline of t1 accuracy is "
                + "0.000, but Δm% divides by the baseline"), deltaM.unavailableReason().orElseThrow());
    }

    @Test
    void nullConventionRejected() {
        ReportOptions.Builder builder = ReportOptions.builder();

        NullPointerException error = assertThrows(NullPointerException.class, () -> builder.deltaConvention(null));

        assertTrue(error.getMessage().startsWith("deltaConvention must not be null"), error.getMessage());
    }

    @Test
    void percentFormatHidesSignOfZero() {
        assertEquals("+7.50", NumberText.signedPercent(7.5));
        assertEquals("-1.67", NumberText.signedPercent(-5.0 / 3));
        assertEquals("0.00", NumberText.signedPercent(-1e-17));
        assertEquals("0.00", NumberText.signedPercent(0.004));
    }

    @Test
    void defaultOptionsUsePrimaryConvention() {
        assertEquals(DeltaConvention.PRIMARY_POSITIVE_BETTER, ReportOptions.defaults().deltaConvention());
    }
}
