package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.records.InvalidRunRecordsException;
import io.mtlbalance.reports.render.ReportDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGeneratorTest {

    private static final Pattern SVG_DATA_URI = Pattern.compile("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"");
    private static final Pattern RESOURCE_ATTRIBUTE = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"");

    /** The winning scenario, generated once because most tests only read its output. */
    @TempDir
    static Path sharedDirectory;

    private static Path winningRun;
    private static ReportDocument winningDocument;

    @TempDir
    Path runDirectory;

    private final ReportGenerator generator = new ReportGenerator();

    @BeforeAll
    static void generateWinningRun() throws IOException {
        winningRun = sharedDirectory.resolve("toy-win");
        Scenarios.gradNormWins(winningRun);
        winningDocument = new ReportGenerator().generate(winningRun);
    }

    @Test
    void resultsCsvListsFinishedTrialsOnly() throws IOException {
        List<String> lines = Files.readAllLines(winningRun.resolve("results.csv"));
        assertEquals("trial,strategy,seed,task,metric,value", lines.get(0));
        // 6 finished trials x 5 metrics; the diverged gradnorm-seed4 is left out
        assertEquals(31, lines.size());
        assertTrue(lines.contains("gradnorm-seed2,gradnorm,2,all,normalized_loss,0.5"));
        assertTrue(lines.contains("equal-seed3,equal,3,t1,mse,1.7"));
        assertTrue(lines.contains("gradnorm-seed1,gradnorm,1,t0,loss,0.1"));
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("gradnorm-seed4")));
    }

    @Test
    void markdownTableShowsMeanAndStd() throws IOException {
        String markdown = Files.readString(winningRun.resolve("report.md"));
        // t0 mse: equal 0.20, 0.22, 0.24 and GradNorm 0.10, 0.12, 0.14, both with std 0.02;
        // lower is better, so GradNorm's mean is bold
        assertTrue(markdown.contains("| task | metric | equal (3 seeds) | gradnorm (3 seeds) |"), markdown);
        assertTrue(markdown.contains("| t0 | mse ↓ | 0.2200 ± 0.02000 | **0.1200 ± 0.02000** |"), markdown);
        // t1 mse: equal 1.5, 1.6, 1.7 (std 0.1) and GradNorm 1.0, 1.2, 1.4 (std 0.2)
        assertTrue(markdown.contains("| t1 | mse ↓ | 1.600 ± 0.1000 | **1.200 ± 0.2000** |"), markdown);
        assertTrue(markdown.contains("| all | normalized_loss ↓ | 1.000 ± 0.1000 | **0.5000 ± 0.1000** |"), markdown);
    }

    @Test
    void markdownListsSettingsDivergenceAndClaims() throws IOException {
        String markdown = Files.readString(winningRun.resolve("report.md"));
        assertTrue(markdown.startsWith("# mtlbalance report: toy-win\n"), markdown);
        assertTrue(markdown.contains("| strategy.options | gradnorm.alpha=0.12 |"), markdown);
        assertTrue(markdown.contains("| zz.extra | kept |"), markdown);
        assertTrue(markdown.contains("| gradnorm-seed4 | gradnorm | 4 | 2 | t1 | loss | NaN |"), markdown);
        assertTrue(markdown.contains("- **C1 — agrees.**"), markdown);
        assertTrue(markdown.contains("- **C2 — agrees.**"), markdown);
        assertTrue(markdown.contains("- **C3 — agrees.**"), markdown);
        assertTrue(markdown.contains("![Task-normalized test loss](figures/normalized-loss.svg)"), markdown);
    }

    @Test
    void losingRunReportsDisagreement() throws IOException {
        Scenarios.gradNormLoses(runDirectory);

        generator.generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("- **C1 — disagrees.**"), markdown);
        assertTrue(markdown.contains("- **C2 — disagrees.**"), markdown);
        assertTrue(markdown.contains("- **C3 — disagrees.**"), markdown);
        assertTrue(markdown.contains(ReportTextExpectations.NO_DIVERGENCE), markdown);
    }

    @Test
    void htmlNeedsNoExternalResources() throws IOException {
        String html = Files.readString(winningRun.resolve("report.html"));
        assertFalse(html.contains("http://"), "no http:// anywhere in report.html");
        assertFalse(html.contains("https://"), "no https:// anywhere in report.html");
        Matcher attributes = RESOURCE_ATTRIBUTE.matcher(html);
        while (attributes.find()) {
            String value = attributes.group(2);
            assertFalse(value.startsWith("//"), "protocol-relative reference " + value);
            assertFalse(value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !value.startsWith("data:"),
                    "reference with a scheme other than data: " + value);
        }
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no linked style sheets");
    }

    @Test
    void htmlEmbedsEveryFigureAsSvg() throws IOException {
        String html = Files.readString(winningRun.resolve("report.html"));
        List<String> embedded = embeddedSvgs(html);
        assertEquals(winningDocument.figures().figures().size(), embedded.size());
        assertEquals(3, embedded.size());
        for (String svg : embedded) {
            assertEquals("svg", FigureFiles.parseXml(svg).getDocumentElement().getLocalName());
        }
        assertTrue(embedded.get(0).contains("Task-normalized test loss"));
    }

    @Test
    void runningTrialListedAndLeftOut() throws IOException {
        RunFixture run = Scenarios.gradNormLoses(runDirectory);
        run.write("trials/equal-seed9/trial.properties", "trial=equal-seed9\nstrategy=equal\nseed=9\nstatus=running\n");

        generator.generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("7 trials: 6 finished, 0 diverged, 1 running."), markdown);
        assertTrue(markdown.contains("Still running or interrupted, left out of all numbers: equal-seed9."), markdown);
        assertTrue(markdown.contains("| equal (3 seeds) |"), markdown);
    }

    @Test
    void htmlEscapesSettingValues() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        new RunFixture.Settings(run.directory()).replace("dataset.source=generated", "dataset.source=<b>&x");

        generator.generate(runDirectory);

        String html = Files.readString(runDirectory.resolve("report.html"));
        assertTrue(html.contains("<td>&lt;b&gt;&amp;x</td>"), "setting value is escaped");
    }

    @Test
    void combinedReportHasSectionPerRun() throws IOException {
        Scenarios.gradNormWins(runDirectory.resolve("toy-t2"));
        Scenarios.gradNormLoses(runDirectory.resolve("toy-t10"));
        Files.createDirectories(runDirectory.resolve("not-a-run"));

        List<ReportDocument> documents = generator.generateCombined(runDirectory);

        assertEquals(2, documents.size());
        assertEquals("toy-win", documents.get(0).experiment(), "toy-t2 sorts before toy-t10");
        assertTrue(Files.isRegularFile(runDirectory.resolve("toy-t2/report.html")));
        assertTrue(Files.isRegularFile(runDirectory.resolve("toy-t10/report.md")));
        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("| experiment | C1 | C2 | C3 | C4 | C5 | C6 |\n"), markdown);
        assertTrue(markdown.contains("| toy-lose | disagrees | disagrees | disagrees | not tested | not tested | "
                + "not tested |\n"), markdown);
        assertTrue(markdown.contains("| toy-win | agrees | agrees | agrees | not tested | not tested | not tested |\n"),
                markdown);
        assertTrue(markdown.contains("## toy-lose\n"), markdown);
        assertTrue(markdown.contains("### Paper claims"), markdown);
        assertTrue(markdown.contains("![Task-normalized test loss](toy-t2/figures/normalized-loss.svg)"), markdown);
        assertTrue(markdown.contains("[toy-t10/results.csv](toy-t10/results.csv)"), markdown);
    }

    @Test
    void combinedHtmlEmbedsFiguresOfAllRuns() throws IOException {
        Scenarios.gradNormWins(runDirectory.resolve("toy-t2"));
        Scenarios.gradNormLoses(runDirectory.resolve("toy-t10"));

        generator.generateCombined(runDirectory);

        String html = Files.readString(runDirectory.resolve("report.html"));
        assertEquals(6, embeddedSvgs(html).size());
        assertFalse(html.contains("http://"));
        assertFalse(html.contains("https://"));
    }

    @Test
    void folderWithoutRunsRejected() throws IOException {
        Files.createDirectories(runDirectory.resolve("empty"));

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> generator.generateCombined(runDirectory));

        assertTrue(error.getMessage().startsWith("No run directory found in " + runDirectory), error.getMessage());
    }

    @Test
    void rerunReplacesReportFiles() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        generator.generate(runDirectory);

        generator.generate(runDirectory);

        try (var files = Files.list(runDirectory)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no temporary files");
        }
    }

    private static List<String> embeddedSvgs(String html) {
        List<String> svgs = new ArrayList<>();
        Matcher matcher = SVG_DATA_URI.matcher(html);
        while (matcher.find()) {
            svgs.add(new String(Base64.getDecoder().decode(matcher.group(1)), StandardCharsets.UTF_8));
        }
        return svgs;
    }

    /** Sentences of the report that tests look for, written out so a rewording shows up here. */
    private static final class ReportTextExpectations {
        static final String NO_DIVERGENCE = "No trial diverged.";
    }
}
