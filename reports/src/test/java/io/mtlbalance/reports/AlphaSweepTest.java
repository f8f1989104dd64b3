package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.AlphaSweepAnalysis.AlphaRow;
import io.mtlbalance.reports.records.RunRecords;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlphaSweepTest {

    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path runDirectory;

    /**
     * Writes the sweep onto the winning scenario. Final values (t0 mse, t1 mse, normalized loss):
     * alpha 0.0 seeds 1, 2: (0.20, 2.0, 1.0) and (0.22, 2.2, 1.2); alpha 0.12 seed 1: (0.105, 1.68, 0.9);
     * alpha 1.5 seeds 1, 2: (0.42, 3.15, 1.5) and (0.42, 3.15, 1.7).
     */
    static RunFixture writeSweep(Path runDirectory) {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        writeAlpha(run, 0.0, 1, 0.20, 2.0, 1.0);
        writeAlpha(run, 0.0, 2, 0.22, 2.2, 1.2);
        writeAlpha(run, 0.12, 1, 0.105, 1.68, 0.9);
        writeAlpha(run, 1.5, 1, 0.42, 3.15, 1.5);
        writeAlpha(run, 1.5, 2, 0.42, 3.15, 1.7);
        return run;
    }

    static void writeAlpha(RunFixture run, double alpha, int seed, double mseT0, double mseT1, double normalized) {
        TrialFiles.alphaSweep(run, alpha, seed).finalValue("t0", "mse", mseT0).finalValue("t1", "mse", mseT1)
                .finalValue("all", "normalized_loss", normalized).write();
    }

    @Test
    void rowsSummarizeSeedsPerAlpha() throws IOException {
        writeSweep(runDirectory);

        AlphaSweepAnalysis sweep = AlphaSweepAnalysis.of(RunRecords.load(runDirectory));

        assertEquals(List.of(0.0, 0.12, 1.5), sweep.rows().stream().map(AlphaRow::alpha).toList());
        AlphaRow zero = sweep.row(0.0).orElseThrow();
        // normalized loss 1.0 and 1.2: mean 1.1, sample std sqrt(0.01 + 0.01) = 0.14142
        assertEquals(1.1, zero.normalizedLoss().orElseThrow().mean(), TOLERANCE);
        assertEquals(Math.sqrt(0.02), zero.normalizedLoss().orElseThrow().standardDeviation(), TOLERANCE);
        assertEquals(0.21, zero.primary().get(0).orElseThrow().mean(), TOLERANCE);
        assertEquals(2, zero.finished());
    }

    @Test
    void reportTableListsEveryAlpha() throws IOException {
        writeSweep(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("## Alpha sweep\n"), markdown);
        assertTrue(markdown.contains("| α | finished trials | t0 mse ↓ | t1 mse ↓ | normalized_loss ↓ |"), markdown);
        // t0 at alpha 0: 0.20 and 0.22, std sqrt(0.0001 + 0.0001) = 0.014142
        assertTrue(markdown.contains("| 0.0 | 2 of 2 | 0.2100 ± 0.01414 (n=2) | 2.100 ± 0.1414 (n=2) | "
                + "1.100 ± 0.1414 (n=2) |"), markdown);
        assertTrue(markdown.contains("| 0.12 | 1 of 1 | 0.1050 (n=1) | 1.680 (n=1) | 0.9000 (n=1) |"), markdown);
        assertTrue(markdown.contains("![Alpha sweep](figures/alpha-sweep.svg)"), markdown);
    }

    @Test
    void divergedAlphaTrialCounted() throws IOException {
        RunFixture run = writeSweep(runDirectory);
        TrialFiles.alphaSweep(run, 0.12, 2).diverged().write();

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("| 0.12 | 1 of 2 (1 diverged) | 0.1050 (n=1) |"), markdown);
    }

    @Test
    void figureDividesByAlphaZero() throws IOException {
        writeSweep(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String svg = Files.readString(runDirectory.resolve("figures/alpha-sweep.svg"));
        assertEquals("svg", FigureFiles.parseXml(svg).getDocumentElement().getLocalName());
        // JFreeSVG draws rotated axis labels as glyph outlines, so the horizontal subtitle names the divisor
        assertTrue(svg.contains("upper panel divided by each task&apos;s value at α = 0"), "subtitle");
        assertTrue(svg.contains(">t1 mse ↓<"), "legend names task t1");
        BufferedImage png = ImageIO.read(runDirectory.resolve("figures/alpha-sweep.png").toFile());
        assertEquals(720, png.getHeight(), "two panels get a taller image");
    }

    @Test
    void htmlEmbedsSweepFigure() throws IOException {
        writeSweep(runDirectory);

        new ReportGenerator().generate(runDirectory);

        String html = Files.readString(runDirectory.resolve("report.html"));
        int section = html.indexOf("<h2>Alpha sweep</h2>");
        int figure = html.indexOf("<img alt=\"Alpha sweep\" src=\"data:image/svg+xml;base64,");
        assertTrue(section > 0, "section heading present");
        assertTrue(figure > section, "figure embedded inside the section");
    }

    @Test
    void figureWithoutAlphaZeroUsesMean() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        writeAlpha(run, 0.5, 1, 0.2, 2.0, 1.0);
        writeAlpha(run, 1.5, 1, 0.4, 4.0, 1.2);

        new ReportGenerator().generate(runDirectory);

        String svg = Files.readString(runDirectory.resolve("figures/alpha-sweep.svg"));
        assertTrue(svg.contains("upper panel divided by each task&apos;s mean over all α"), "subtitle");
    }
}
