package io.mtlbalance.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Invalid input on the command line ends with exit status 2 and a message naming the value. */
class CommandLineErrorsTest {

    @TempDir
    Path folder;

    @Test
    void unknownStrategyListsKnownOnes() {
        Result result = run("run", "toy-t2", "--strategies", "equal,gradnrom", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("unknown strategy 'gradnrom'; known: "), result.err);
        assertTrue(result.err.contains("gradnorm"), result.err);
    }

    @Test
    void unknownExperimentListsKnownOnes() {
        Result result = run("run", "toy-t3", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("unknown experiment 'toy-t3'; known: multi-fashion, toy-t10, toy-t2"), result.err);
    }

    @Test
    void unknownEngineListsKnownOnes() {
        Result result = run("run", "toy-t2", "--engine", "tensorflow", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("unknown engine 'tensorflow'; known: "), result.err);
    }

    @Test
    void unknownProfileListsKnownOnes() {
        Result result = run("run", "toy-t2", "--profile", "huge", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("unknown profile 'huge'; known: tiny, quick, paper"), result.err);
    }

    @Test
    void negativeAlphaIsRejected() {
        Result result = run("run", "toy-t2", "--alpha", "-0.5", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("alpha is -0.5; GradNorm needs a finite alpha >= 0"), result.err);
    }

    @Test
    void zeroSeedsAreRejected() {
        Result result = run("run", "toy-t2", "--seeds", "0", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("--seeds is 0; it must be at least 1"), result.err);
    }

    @Test
    void zeroStepsAreRejected() {
        Result result = run("run", "toy-t2", "--steps", "0", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("--steps is 0; it must be at least 1"), result.err);
    }

    @Test
    void negativeStaticWeightIsRejected() {
        Result result = run("run", "toy-t2", "--strategies", "static", "--weights", "1,-2", "--profile", "tiny",
                "--seeds", "1", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("-2.0"), result.err);
        assertTrue(result.err.contains(">= 0"), result.err);
    }

    @Test
    void staticWeightsOfWrongCountAreRejected() {
        Result result = run("run", "toy-t2", "--strategies", "static", "--weights", "1,2,3", "--profile", "tiny",
                "--seeds", "1", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("3 values for 2 tasks"), result.err);
    }

    @Test
    void outputOfAnotherExperimentIsRejected() throws Exception {
        Path output = folder.resolve("run");
        Files.createDirectories(output);
        Files.writeString(output.resolve("run.properties"), "experiment=toy-t10\n");

        Result result = run("run", "toy-t2", "--profile", "tiny", "--seeds", "1", "--out", output.toString());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("contains a run of experiment 'toy-t10', not 'toy-t2'"), result.err);
        assertEquals("experiment=toy-t10\n", Files.readString(output.resolve("run.properties")));
    }

    @Test
    void missingDataFolderIsNamed() {
        Path missing = folder.resolve("no-such-folder");

        Result result = run("run", "multi-fashion", "--data", missing.toString(), "--profile", "tiny", "--seeds", "1",
                "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains(missing.toString()), result.err);
    }

    @Test
    void unknownProtocolListsKnownOnes() {
        Result result = run("run", "toy-t2", "--protocols", "single-task,grid", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("unknown protocol 'grid'; known: alpha-sweep, grid-search, single-task"),
                result.err);
        assertFalse(Files.exists(folder.resolve("out").resolve("run.properties")), "nothing is written");
    }

    @Test
    void gradNormStaticWithoutGradNormRejected() {
        Result result = run("run", "toy-t2", "--strategies", "equal,gradnorm-static", "--profile", "tiny",
                "--seeds", "1", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("time-averaged weights of trial gradnorm-seed1"), result.err);
        assertTrue(result.err.contains("include gradnorm, for example --strategies gradnorm,gradnorm-static"),
                result.err);
        assertFalse(Files.exists(folder.resolve("out").resolve("run.properties")), "nothing is written");
    }

    @Test
    void negativeAlphaValueIsRejected() {
        Result result = run("run", "toy-t2", "--protocols", "alpha-sweep", "--alphas", "0,-1", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("--alphas contains -1.0; GradNorm needs finite alpha values >= 0"), result.err);
    }

    @Test
    void repeatedAlphaValueIsRejected() {
        Result result = run("run", "toy-t2", "--protocols", "alpha-sweep", "--alphas", "0.5,1,0.5", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("--alphas [0.5, 1.0, 0.5] repeats a value"), result.err);
    }

    @Test
    void zeroGridTrialsAreRejected() {
        Result result = run("run", "toy-t2", "--protocols", "grid-search", "--grid-trials", "0", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("--grid-trials is 0; it must be at least 1"), result.err);
    }

    @Test
    void zeroProtocolSeedsAreRejected() {
        Result result = run("run", "toy-t2", "--protocols", "grid-search", "--protocol-seeds", "0", "--out", out());

        assertEquals(2, result.status);
        assertTrue(result.err.contains("--protocol-seeds is 0; it must be at least 1"), result.err);
    }

    @Test
    void zeroEngineThreadsAreRejected() {
        Result result = run("--threads", "0", "list");

        assertEquals(2, result.status);
        assertTrue(result.err.contains("--threads is 0; it must be at least 1"), result.err);
    }

    private String out() {
        return folder.resolve("out").toString();
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    record Result(int status, String out, String err) {}
}
