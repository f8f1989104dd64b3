package io.mtlbalance.experiments.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtlbalance.experiments.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs with the same seeds on the same engine write byte-identical records and results. */
class RunDeterminismTest {

    @TempDir
    Path folder;

    @Test
    void sameSeedsGiveIdenticalRecords() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        String[] arguments = {"run", "toy-t2", "--profile", "tiny", "--seeds", "2", "--strategies", "equal,gradnorm"};

        assertEquals(0, Main.execute(with(arguments, first)));
        assertEquals(0, Main.execute(with(arguments, second)));

        for (String trial : List.of("equal-seed1", "gradnorm-seed1", "gradnorm-seed2")) {
            for (String file : List.of(RunLayout.STEPS, RunLayout.EVALUATIONS, RunLayout.FINAL)) {
                Path a = RunLayout.trialDirectory(first, trial).resolve(file);
                Path b = RunLayout.trialDirectory(second, trial).resolve(file);
                assertEquals(Files.readAllLines(a), Files.readAllLines(b), trial + "/" + file);
                assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), trial + "/" + file);
            }
        }
        assertArrayEquals(Files.readAllBytes(first.resolve("results.csv")), Files.readAllBytes(second.resolve("results.csv")));
    }

    static String[] with(String[] arguments, Path output) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 2);
        all[arguments.length] = "--out";
        all[arguments.length + 1] = output.toString();
        return all;
    }
}
