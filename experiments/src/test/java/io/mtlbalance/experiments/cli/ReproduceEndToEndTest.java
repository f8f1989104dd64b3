package io.mtlbalance.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mtlbalance reproduce --profile tiny} writes every report file with real content. */
class ReproduceEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void tinyReproductionWritesReports() throws Exception {
        CommandLineErrorsTest.Result result =
                CommandLineErrorsTest.run("reproduce", "--profile", "tiny", "--seeds", "2", "--out", folder.toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Report written to"), result.out());
        for (String experiment : List.of("toy-t2", "toy-t10", "multi-fashion")) {
            checkRun(folder.resolve(experiment), experiment);
        }
        String combined = Files.readString(folder.resolve("report.html"));
        assertTrue(combined.contains("toy-t10"), "the combined report has a section per experiment");
        assertTrue(combined.contains("multi-fashion"), "the combined report has a section per experiment");
    }

    private void checkRun(Path run, String experiment) throws Exception {
        List<String> results = Files.readAllLines(run.resolve("results.csv"));
        assertEquals("trial,strategy,seed,task,metric,value", results.get(0), experiment);
        for (String trial : List.of("equal-seed1", "equal-seed2", "gradnorm-seed1", "gradnorm-seed2")) {
            assertTrue(results.stream().anyMatch(line -> line.startsWith(trial + ",")), experiment + " has " + trial);
        }

        String markdown = Files.readString(run.resolve("report.md"));
        assertTrue(markdown.contains(experiment), "report.md names the experiment");
        assertTrue(markdown.contains("pytorch") || markdown.contains("PyTorch"), "report.md names the engine");
        assertTrue(markdown.contains("±"), "report.md has mean ± std cells");
        assertTrue(markdown.toLowerCase().contains("claim"), "report.md has the paper's claims");

        String html = Files.readString(run.resolve("report.html"));
        assertFalse(html.matches("(?s).*(src|href)=\"https?://.*"), "report.html loads nothing from the network");
        assertTrue(html.contains("<svg") || html.contains("data:image"), "report.html embeds its figures");

        try (Stream<Path> figures = Files.list(run.resolve("figures"))) {
            List<Path> files = figures.toList();
            assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".svg")), experiment + " has SVG figures");
            List<Path> pngs = files.stream().filter(f -> f.toString().endsWith(".png")).toList();
            assertFalse(pngs.isEmpty(), experiment + " has PNG figures");
            for (Path png : pngs) {
                byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
                assertEquals("\u0089PNG", new String(head, StandardCharsets.ISO_8859_1), png + " is a PNG");
            }
        }
    }
}
