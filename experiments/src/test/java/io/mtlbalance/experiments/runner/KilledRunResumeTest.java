package io.mtlbalance.experiments.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.experiments.cli.Main;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run process killed with SIGKILL at a random moment, then rerun with the same command on the
 * same directory, ends with the same records as a run that was never interrupted.
 */
class KilledRunResumeTest {

    private static final String[] ARGUMENTS = {
        "run", "toy-t2", "--profile", "tiny", "--steps", "240", "--seeds", "2", "--strategies", "gradnorm,equal"
    };
    private static final List<String> TRIALS = List.of("gradnorm-seed1", "equal-seed1", "gradnorm-seed2", "equal-seed2");

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killedRunResumesToIdenticalRecords() throws Exception {
        Path reference = folder.resolve("reference");
        Path killed = folder.resolve("killed");
        assertEquals(0, Main.execute(RunDeterminismTest.with(ARGUMENTS, reference)));

        Random random = new Random(System.nanoTime());
        int kills = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process process = start(killed);
            waitForCheckpoint(killed, process);
            Thread.sleep(random.nextInt(400));
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
                kills++;
            }
        }
        assertTrue(kills > 0, "at least one run was killed before it finished");

        assertEquals(0, Main.execute(RunDeterminismTest.with(ARGUMENTS, killed)));

        for (String trial : TRIALS) {
            for (String file : List.of(RunLayout.STEPS, RunLayout.EVALUATIONS, RunLayout.FINAL)) {
                assertArrayEquals(
                        Files.readAllBytes(RunLayout.trialDirectory(reference, trial).resolve(file)),
                        Files.readAllBytes(RunLayout.trialDirectory(killed, trial).resolve(file)),
                        trial + "/" + file + " after " + kills + " kills");
            }
        }
        assertArrayEquals(Files.readAllBytes(reference.resolve("results.csv")), Files.readAllBytes(killed.resolve("results.csv")));
    }

    private static Process start(Path output) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dai.djl.offline=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(RunDeterminismTest.with(ARGUMENTS, output)));
        return new ProcessBuilder(command).redirectOutput(new File("/dev/null")).redirectErrorStream(true).start();
    }

    /** Waits until some trial of the killed run has written a checkpoint, or the process ended. */
    private static void waitForCheckpoint(Path output, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < deadline) {
            for (String trial : TRIALS) {
                if (Files.exists(RunLayout.trialDirectory(output, trial).resolve("checkpoint.bin"))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }
}
