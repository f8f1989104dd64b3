package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.protocols.StaticWeightComparison;
import io.mtlbalance.reports.protocols.StaticWeightComparison.Outcome;
import io.mtlbalance.reports.records.RunRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grid search on top of the winning scenario. GradNorm seed 1 has final mse t0 = 0.10 and
 * t1 = 1.0, and weights t0 = 1.0, 1.2, 1.4, 1.6 (time average 1.3) and t1 = 1.0, 0.8, 0.6, 0.4
 * (time average 0.7). Both tasks use mse, lower is better, so s_t = -1.
 */
class GridSearchTest {

    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path runDirectory;

    /** Writes the winning scenario with grid trials 1-3 and gradnorm-static, all with seed 1. */
    static RunFixture writeGrid(Path runDirectory) {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.gridSearch(run, 1, 1, "1.5,0.5").finalValue("t0", "mse", 0.12).finalValue("t1", "mse", 0.9).write();
        TrialFiles.gridSearch(run, 2, 1, "0.5,1.5").finalValue("t0", "mse", 0.09).finalValue("t1", "mse", 0.95).write();
        TrialFiles.gridSearch(run, 3, 1, "1.0,1.0").finalValue("t0", "mse", 0.2).finalValue("t1", "mse", 2.0).write();
        TrialFiles.gradNormStatic(run, 1, "1.3,0.7").finalValue("t0", "mse", 0.1).finalValue("t1", "mse", 1.1).write();
        return run;
    }

    private GridSearchAnalysis analyze() throws IOException {
        return GridSearchAnalysis.of(RunRecords.load(runDirectory));
    }

    @Test
    void relativePerformanceMatchesHandArithmetic() throws IOException {
        writeGrid(runDirectory);

        List<StaticWeightComparison> grid = analyze().gridTrials();

        // grid 1: -(0.12 - 0.10) / 0.10 * 100 = -20 and -(0.9 - 1.0) / 1.0 * 100 = +10, mean -5
        assertEquals(-5.0, grid.get(0).relativePerformance().getAsDouble(), TOLERANCE);
        // grid 2: -(0.09 - 0.10) / 0.10 * 100 = +10 and -(0.95 - 1.0) / 1.0 * 100 = +5, mean +7.5
        assertEquals(7.5, grid.get(1).relativePerformance().getAsDouble(), TOLERANCE);
        // grid 3: -(0.2 - 0.1) / 0.1 * 100 = -100 and -(2.0 - 1.0) / 1.0 * 100 = -100, mean -100
        assertEquals(-100.0, grid.get(2).relativePerformance().getAsDouble(), TOLERANCE);
        assertEquals(Outcome.GRADNORM_BEATS_OR_MATCHES, grid.get(0).outcome());
        assertEquals(Outcome.BEATS_GRADNORM, grid.get(1).outcome());
    }

    @Test
    void distanceToTimeAveragedWeights() throws IOException {
        writeGrid(runDirectory);

        GridSearchAnalysis analysis = analyze();

        // GradNorm averages (1.3, 0.7); grid 1 (1.5, 0.5): sqrt(0.2^2 + 0.2^2); grid 2 (0.5, 1.5): sqrt(0.8^2 + 0.8^2)
        assertEquals(List.of(1.3, 0.7), analysis.gridTrials().get(0).gradNormAverageWeights().stream()
                .map(w -> Math.round(w * 1e9) / 1e9).toList());
        assertEquals(Math.sqrt(0.08), analysis.gridTrials().get(0).distance().getAsDouble(), TOLERANCE);
        assertEquals(Math.sqrt(1.28), analysis.gridTrials().get(1).distance().getAsDouble(), TOLERANCE);
        assertEquals(0.0, analysis.gradNormStaticTrials().get(0).distance().getAsDouble(), TOLERANCE);
    }

    @Test
    void higherIsBetterMetricCountsUpwards() throws IOException {
        RunFixture run = RunFixture.create(runDirectory, "mixed", "gradnorm", "1");
        run.write("tasks.csv", "task,metric,direction,primary\nt0,accuracy,higher,true\nt1,mse,lower,true\n");
        TrialFiles.finished(run, "gradnorm-seed1", "gradnorm", 1).weights("t0", 1.0).weights("t1", 1.0)
                .finalValue("t0", "accuracy", 0.80).finalValue("t1", "mse", 1.0).write();
        TrialFiles.gridSearch(run, 1, 1, "1.2,0.8").finalValue("t0", "accuracy", 0.84).finalValue("t1", "mse", 1.1)
                .write();

        StaticWeightComparison grid = analyze().gridTrials().get(0);

        // accuracy, s = +1: (0.84 - 0.80) / 0.80 * 100 = +5; mse, s = -1: -(1.1 - 1.0) / 1.0 * 100 = -10; mean -2.5
        assertEquals(-2.5, grid.relativePerformance().getAsDouble(), TOLERANCE);
    }

    @Test
    void reportCountsTrialsBeatingGradNorm() throws IOException {
        writeGrid(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("## Grid search and static weights\n"), markdown);
        assertTrue(markdown.contains("1 of 3 grid-search trials beat GradNorm of the same seed (relative performance "
                + "> 0); GradNorm beats or matches 2."), markdown);
        assertTrue(markdown.contains("| grid-search-02-seed1 | 0.5000, 1.500 | 1.300, 0.7000 | 1.131 | +7.50 |  |"),
                markdown);
        assertTrue(markdown.contains("| gradnorm-static-seed1 | 1.300, 0.7000 | 1.300, 0.7000 | 0.000 | -5.00 |  |"),
                markdown);
        assertTrue(markdown.contains("![Grid search against GradNorm](figures/grid-search.svg)"), markdown);
    }

    @Test
    void scatterFigureWrittenAsSvgAndPng() throws IOException {
        writeGrid(runDirectory);

        new ReportGenerator().generate(runDirectory);

        Path svg = runDirectory.resolve("figures/grid-search.svg");
        assertEquals("svg", FigureFiles.parseXml(Files.readString(svg)).getDocumentElement().getLocalName());
        assertTrue(Files.readString(svg).contains(">gradnorm-static<"), "legend names the gradnorm-static series");
        assertTrue(FigureFiles.startsWithPngSignature(runDirectory.resolve("figures/grid-search.png")));
    }

    @Test
    void htmlEmbedsScatterInSection() throws IOException {
        writeGrid(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String html = Files.readString(runDirectory.resolve("report.html"));
        int section = html.indexOf("<h2>Grid search and static weights</h2>");
        int figure = html.indexOf("<img alt=\"Grid search against GradNorm\" src=\"data:image/svg+xml;base64,");
        assertTrue(section > 0, "section heading present");
        assertTrue(figure > section, "scatter embedded inside the section");
    }

    @Test
    void divergenceDecidesOutcome() throws IOException {
        RunFixture run = writeGrid(runDirectory);
        TrialFiles.gridSearch(run, 4, 1, "2.0,0.0").diverged().write();
        TrialFiles.gridSearch(run, 5, 4, "1.0,1.0").finalValue("t0", "mse", 0.1).finalValue("t1", "mse", 1.0).write();
        TrialFiles.gridSearch(run, 6, 9, "1.0,1.0").finalValue("t0", "mse", 0.1).finalValue("t1", "mse", 1.0).write();

        List<StaticWeightComparison> grid = analyze().gridTrials();

        assertEquals(Outcome.TRIAL_DIVERGED, grid.get(3).outcome());
        // gradnorm-seed4 of the winning scenario diverged
        assertEquals(Outcome.GRADNORM_DIVERGED, grid.get(4).outcome());
        assertEquals("gradnorm-seed4 diverged while this trial finished", grid.get(4).note().orElseThrow());
        assertEquals(Outcome.NOT_COMPARED, grid.get(5).outcome());
        assertEquals("the run has no gradnorm trial with seed 9", grid.get(5).note().orElseThrow());
    }

    @Test
    void runWithoutGridHasNoSection() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertFalse(markdown.contains("Grid search and static weights"), markdown);
        assertFalse(Files.exists(runDirectory.resolve("figures/grid-search.svg")));
    }
}
