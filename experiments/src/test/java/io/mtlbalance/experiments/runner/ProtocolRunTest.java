package io.mtlbalance.experiments.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.experiments.cli.Main;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of gradnorm and gradnorm-static with the single-task, grid-search and alpha-sweep
 * protocols writes the records the protocol records format describes.
 */
class ProtocolRunTest {

    private static final long GRID_SEED = 5;

    /** gradnorm-static comes first on purpose: the runner must still run gradnorm before it. */
    private static final String[] ARGUMENTS = {
        "run", "toy-t2", "--profile", "tiny", "--steps", "8", "--seeds", "2",
        "--strategies", "gradnorm-static,gradnorm",
        "--protocols", "single-task,grid-search,alpha-sweep",
        "--grid-trials", "2", "--grid-seed", String.valueOf(GRID_SEED), "--alphas", "0,1.5"
    };

    private static final List<String> TRIALS = List.of(
            "gradnorm-seed1", "gradnorm-static-seed1", "gradnorm-seed2", "gradnorm-static-seed2",
            "single-task-t1-seed1", "single-task-t2-seed1", "single-task-t1-seed2", "single-task-t2-seed2",
            "grid-search-01-seed1", "grid-search-02-seed1", "alpha-sweep-0.0-seed1", "alpha-sweep-1.5-seed1");

    @TempDir
    static Path folder;

    private static Path run;

    @BeforeAll
    static void runProtocols() {
        run = folder.resolve("run");
        assertEquals(0, Main.execute(RunDeterminismTest.with(ARGUMENTS, run)));
    }

    @Test
    void everyTrialFolderIsWritten() throws IOException {
        try (Stream<Path> folders = Files.list(run.resolve(RunLayout.TRIALS))) {
            Set<String> names = new TreeSet<>(folders.map(path -> path.getFileName().toString()).toList());
            assertEquals(new TreeSet<>(TRIALS), names);
        }
        for (String trial : TRIALS) {
            Map<String, String> properties = trialProperties(trial);
            assertEquals("finished", properties.get("status"), trial);
            assertEquals(trial, properties.get("trial"), trial);
            assertEquals("pytorch", properties.get("engine"), trial);
            assertTrue(Files.exists(trialFile(trial, RunLayout.FINAL)), trial + " has final.csv");
        }
    }

    @Test
    void strategyTrialsSayProtocolStrategy() {
        Map<String, String> gradNorm = trialProperties("gradnorm-seed2");

        assertEquals("gradnorm", gradNorm.get("strategy"));
        assertEquals("2", gradNorm.get("seed"));
        assertEquals("strategy", gradNorm.get("protocol"));
        assertEquals("strategy", trialProperties("gradnorm-static-seed1").get("protocol"));
    }

    @Test
    void runPropertiesNameProtocolSettings() {
        Map<String, String> settings = properties(run.resolve(RunLayout.RUN_PROPERTIES));

        assertEquals("single-task,grid-search,alpha-sweep", settings.get("protocols"));
        assertEquals("1", settings.get("protocol.seeds"));
        assertEquals("2", settings.get("grid.trials"));
        assertEquals("5", settings.get("grid.seed"));
        assertEquals("0.0,1.5", settings.get("alpha.values"));
        assertEquals("1,2", settings.get("seeds"));
    }

    @Test
    void singleTaskTrialsHoldOneTask() throws IOException {
        for (String task : List.of("t1", "t2")) {
            for (int seed = 1; seed <= 2; seed++) {
                String trial = "single-task-" + task + "-seed" + seed;
                Map<String, String> properties = trialProperties(trial);
                assertEquals("single-task", properties.get("strategy"), trial);
                assertEquals("single-task", properties.get("protocol"), trial);
                assertEquals(task, properties.get("single.task"), trial);
                assertEquals(String.valueOf(seed), properties.get("seed"), trial);

                assertEquals(Set.of(task), column(trial, RunLayout.STEPS, "task"), trial + " steps.csv");
                assertEquals(Set.of(task, "all"), column(trial, RunLayout.EVALUATIONS, "task"), trial + " evaluations.csv");
                assertEquals(Set.of(task, "all"), column(trial, RunLayout.FINAL, "task"), trial + " final.csv");
                assertEquals(Set.of("single-task"), column(trial, RunLayout.STEPS, "strategy"), trial);
            }
        }
    }

    @Test
    void singleTaskTrialRecordsEveryStep() throws IOException {
        List<String[]> rows = rows("single-task-t2-seed1", RunLayout.STEPS);

        assertEquals(8, rows.size() - 1, "one row per step for the one task");
    }

    @Test
    void gridTrialsRecordSeededWeights() {
        // Weights of trial k: the k-th pair of draws of new Random(grid seed), scaled to sum to T = 2.
        Random random = new Random(GRID_SEED);
        for (int k = 1; k <= 2; k++) {
            double u1 = random.nextDouble();
            double u2 = random.nextDouble();
            String trial = String.format("grid-search-%02d-seed1", k);
            Map<String, String> properties = trialProperties(trial);
            double[] weights = doubles(properties.get("static.weights"));

            assertEquals("grid-search", properties.get("strategy"), trial);
            assertEquals("grid-search", properties.get("protocol"), trial);
            assertEquals(String.valueOf(k), properties.get("grid.index"), trial);
            assertEquals(2, weights.length, trial);
            assertEquals(2 * u1 / (u1 + u2), weights[0], 1e-15, trial);
            assertEquals(2 * u2 / (u1 + u2), weights[1], 1e-15, trial);
            assertEquals(2.0, weights[0] + weights[1], 1e-12, trial);
        }
    }

    @Test
    void gridTrialsTrainWithRecordedWeights() throws IOException {
        double[] weights = doubles(trialProperties("grid-search-02-seed1").get("static.weights"));

        for (String[] row : dataRows("grid-search-02-seed1", RunLayout.STEPS)) {
            double expected = row[4].equals("t1") ? weights[0] : weights[1];
            assertEquals(expected, Double.parseDouble(row[6]), 1e-12, "weight of " + row[4] + " at step " + row[3]);
        }
    }

    @Test
    void alphaSweepTrialsRecordAlpha() {
        for (String alpha : List.of("0.0", "1.5")) {
            Map<String, String> properties = trialProperties("alpha-sweep-" + alpha + "-seed1");

            assertEquals("alpha-sweep", properties.get("strategy"), alpha);
            assertEquals("alpha-sweep", properties.get("protocol"), alpha);
            assertEquals(alpha, properties.get("alpha"), alpha);
        }
    }

    @Test
    void alphaSweepTrialsRunGradNorm() throws IOException {
        for (String alpha : List.of("0.0", "1.5")) {
            String trial = "alpha-sweep-" + alpha + "-seed1";
            Set<String> norms = column(trial, RunLayout.STEPS, "grad_norm");
            Set<String> weights = column(trial, RunLayout.STEPS, "weight");

            assertTrue(!norms.contains(""), trial + " records GradNorm's gradient norms");
            assertTrue(weights.size() > 2, trial + " weights move: " + weights);
        }
    }

    @Test
    void gradNormStaticUsesTimeAveragedWeights() throws IOException {
        for (int seed = 1; seed <= 2; seed++) {
            double[] expected = meanWeights("gradnorm-seed" + seed);
            String trial = "gradnorm-static-seed" + seed;
            double[] recorded = doubles(trialProperties(trial).get("static.weights"));

            assertEquals(2, recorded.length, trial);
            assertEquals(expected[0], recorded[0], 1e-12, trial + " weight of t1");
            assertEquals(expected[1], recorded[1], 1e-12, trial + " weight of t2");
            assertNotEquals(1.0, recorded[0], 1e-6, "GradNorm moved the weights away from 1 in 8 steps");
            for (String[] row : dataRows(trial, RunLayout.STEPS)) {
                double applied = row[4].equals("t1") ? recorded[0] : recorded[1];
                assertEquals(applied, Double.parseDouble(row[6]), 1e-12, trial + " step " + row[3]);
            }
        }
    }

    @Test
    void rerunKeepsFinishedTrials() throws IOException {
        Map<String, FileTime> before = new HashMap<>();
        for (String trial : TRIALS) {
            before.put(trial, Files.getLastModifiedTime(trialFile(trial, RunLayout.STEPS)));
        }

        assertEquals(0, Main.execute(RunDeterminismTest.with(ARGUMENTS, run)));

        for (String trial : TRIALS) {
            assertEquals(before.get(trial), Files.getLastModifiedTime(trialFile(trial, RunLayout.STEPS)),
                    trial + " was kept, not trained again");
            assertEquals("finished", trialProperties(trial).get("status"), trial);
        }
    }

    /** Returns the mean of the weight column per task (t1, t2), summed in file order. */
    private static double[] meanWeights(String trial) throws IOException {
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (String[] row : dataRows(trial, RunLayout.STEPS)) {
            int task = row[4].equals("t1") ? 0 : 1;
            sums[task] += Double.parseDouble(row[6]);
            counts[task]++;
        }
        assertEquals(8, counts[0], trial + " rows of t1");
        assertEquals(8, counts[1], trial + " rows of t2");
        return new double[] {sums[0] / counts[0], sums[1] / counts[1]};
    }

    private static Set<String> column(String trial, String file, String name) throws IOException {
        List<String[]> rows = rows(trial, file);
        int index = Arrays.asList(rows.get(0)).indexOf(name);
        assertTrue(index >= 0, file + " of " + trial + " has a column " + name);
        Set<String> values = new TreeSet<>();
        rows.subList(1, rows.size()).forEach(row -> values.add(row[index]));
        return values;
    }

    private static List<String[]> dataRows(String trial, String file) throws IOException {
        List<String[]> rows = rows(trial, file);
        return rows.subList(1, rows.size());
    }

    private static List<String[]> rows(String trial, String file) throws IOException {
        return Files.readAllLines(trialFile(trial, file)).stream().map(line -> line.split(",", -1)).toList();
    }

    private static double[] doubles(String list) {
        return Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static Path trialFile(String trial, String file) {
        return RunLayout.trialDirectory(run, trial).resolve(file);
    }

    private static Map<String, String> trialProperties(String trial) {
        return properties(trialFile(trial, RunLayout.TRIAL_PROPERTIES));
    }

    private static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
