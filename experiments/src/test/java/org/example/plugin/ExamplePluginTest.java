package org.example.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.experiments.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A strategy from a user's module runs through the command line like a built-in one. */
class ExamplePluginTest {

    @TempDir
    Path folder;

    @Test
    void listShowsPluginStrategies() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));

        assertEquals(0, commandLine.execute("list"));
        assertTrue(out.toString().contains("example-inverse-loss"), out.toString());
    }

    @Test
    void pluginStrategyTrainsWithItsWeights() throws Exception {
        int status = Main.execute("run", "toy-t2", "--profile", "tiny", "--seeds", "1",
                "--strategies", "example-inverse-loss", "--out", folder.toString());

        assertEquals(0, status);
        List<String> rows = Files.readAllLines(folder.resolve("trials/example-inverse-loss-seed1/steps.csv"));
        assertEquals(1 + 40 * 2, rows.size(), "header plus one row per step and task");
        for (int row = 1; row < rows.size(); row += 2) {
            String[] first = rows.get(row).split(",");
            String[] second = rows.get(row + 1).split(",");
            double inverse1 = 1 / Double.parseDouble(first[5]);
            double inverse2 = 1 / Double.parseDouble(second[5]);
            assertEquals(2 * inverse1 / (inverse1 + inverse2), Double.parseDouble(first[6]), 1e-12, rows.get(row));
            assertEquals(2 * inverse2 / (inverse1 + inverse2), Double.parseDouble(second[6]), 1e-12, rows.get(row + 1));
        }
    }

    @Test
    void divergedTrialIsRecordedAndRunGoesOn() throws Exception {
        int status = Main.execute("run", "toy-t2", "--profile", "tiny", "--seeds", "1",
                "--strategies", "example-nan,equal", "--out", folder.toString());

        assertEquals(0, status);
        String diverged = Files.readString(folder.resolve("trials/example-nan-seed1/trial.properties"));
        assertTrue(diverged.contains("status=diverged"), diverged);
        assertTrue(diverged.contains("diverged.step=" + ExamplePluginModule.NAN_STEP), diverged);
        assertTrue(diverged.contains("diverged.task=t2"), diverged);
        assertTrue(diverged.contains("diverged.quantity=weight"), diverged);
        assertTrue(diverged.contains("diverged.value=NaN"), diverged);
        List<String> steps = Files.readAllLines(folder.resolve("trials/example-nan-seed1/steps.csv"));
        assertTrue(steps.stream().noneMatch(line -> line.contains("NaN")), "no NaN weight was written");
        assertTrue(Files.readString(folder.resolve("trials/equal-seed1/trial.properties")).contains("status=finished"));
        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(report.contains("example-nan-seed1"), "the report lists the diverged trial");
    }
}
