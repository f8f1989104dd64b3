package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.records.InvalidRunRecordsException;
import io.mtlbalance.reports.records.Protocol;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.MetricKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolRecordsTest {

    @TempDir
    Path runDirectory;

    /** The winning scenario plus one trial of each protocol, all with seed 1. */
    private RunFixture runWithEveryProtocol() {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.singleTask(run, "t1", 1).finalValue("t1", "mse", 0.8).write();
        TrialFiles.singleTask(run, "t0", 1).finalValue("t0", "mse", 0.3).write();
        TrialFiles.gridSearch(run, 2, 1, "0.5,1.5").finalValue("t0", "mse", 7.0).write();
        TrialFiles.gridSearch(run, 1, 1, "1.5,0.5").finalValue("t0", "mse", 7.0).write();
        TrialFiles.alphaSweep(run, 10.0, 1).finalValue("t0", "mse", 7.0).write();
        TrialFiles.alphaSweep(run, 2.0, 1).finalValue("t0", "mse", 7.0).write();
        TrialFiles.gradNormStatic(run, 1, "1.3,0.7").finalValue("t0", "mse", 0.11).finalValue("t1", "mse", 1.1).write();
        return run;
    }

    @Test
    void protocolKeysReadIntoTrials() throws IOException {
        runWithEveryProtocol();

        RunRecords records = RunRecords.load(runDirectory);

        Trial singleTask = records.trialsOf(Protocol.SINGLE_TASK).get(0);
        assertEquals("t0", singleTask.protocol().singleTask().orElseThrow(), "t0 sorts first in task order");
        Trial grid = records.trialsOf(Protocol.GRID_SEARCH).get(0);
        assertEquals(1, grid.protocol().gridIndex().getAsInt());
        assertEquals(List.of(1.5, 0.5), grid.protocol().staticWeights());
        Trial sweep = records.trialsOf(Protocol.ALPHA_SWEEP).get(0);
        assertEquals(2.0, sweep.protocol().alpha().getAsDouble(), "alpha 2.0 sorts before 10.0 as a number");
        Trial gradNormStatic = records.trialsOf(Protocol.GRADNORM_STATIC).get(0);
        assertEquals(List.of(1.3, 0.7), gradNormStatic.protocol().staticWeights());
        assertEquals(Protocol.STRATEGY, records.trials().get(0).protocol().kind());
    }

    @Test
    void strategiesLeaveOutProtocolTrials() throws IOException {
        runWithEveryProtocol();

        RunRecords records = RunRecords.load(runDirectory);

        assertEquals(List.of("equal", "gradnorm", "gradnorm-static"), records.strategies());
    }

    @Test
    void trialOrderPutsProtocolTrialsLast() throws IOException {
        runWithEveryProtocol();

        List<String> ids = RunRecords.load(runDirectory).trials().stream().map(Trial::id).toList();

        assertEquals("gradnorm-static-seed1", ids.get(7), "7 trials of equal and gradnorm come first");
        assertEquals(List.of("alpha-sweep-2.0-seed1", "alpha-sweep-10.0-seed1", "grid-search-01-seed1",
                "grid-search-02-seed1", "single-task-t0-seed1", "single-task-t1-seed1"), ids.subList(8, 14));
    }

    @Test
    void summaryCountsComparisonTrialsOnly() throws IOException {
        runWithEveryProtocol();

        FinalMetricSummary summary = FinalMetricSummary.of(RunRecords.load(runDirectory));

        assertEquals(List.of("equal", "gradnorm", "gradnorm-static"), summary.strategies());
        assertEquals(0, summary.finishedTrials("single-task"));
        assertEquals(0, summary.values("grid-search", new MetricKey("t0", "mse")).length);
        assertEquals(1, summary.finishedTrials("gradnorm-static"));
    }

    @Test
    void mainTableHasNoProtocolColumns() throws IOException {
        runWithEveryProtocol();

        new ReportGenerator().generate(runDirectory);

        String markdown = Files.readString(runDirectory.resolve("report.md"));
        assertTrue(markdown.contains("| task | metric | equal (3 seeds) | gradnorm (3 seeds) | gradnorm-static (1 seed) |"),
                markdown);
        assertFalse(markdown.contains("| single-task ("), markdown);
        assertFalse(markdown.contains("| grid-search ("), markdown);
    }

    @Test
    void weightCountMustMatchTasks() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.gridSearch(run, 1, 1, "1.0,0.5,1.5").write();

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("has 3 weights (1.0,0.5,1.5) but the run has 2 tasks (t0, t1)"),
                error.getMessage());
    }

    @Test
    void negativeWeightRejected() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.gradNormStatic(run, 1, "2.5,-0.5").write();

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().startsWith("Invalid weight '-0.5' in key 'static.weights' (2.5,-0.5)"),
                error.getMessage());
    }

    @Test
    void unknownSingleTaskNamesKnownTasks() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.singleTask(run, "t7", 1).write();

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().startsWith("Invalid value 't7' for key 'single.task'"), error.getMessage());
        assertTrue(error.getMessage().contains("tasks.csv lists t0, t1"), error.getMessage());
    }

    @Test
    void unknownProtocolListsAllowedValues() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.finished(run, "sweep-seed1", "sweep", 1).property("protocol", "sweep").write();

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("Invalid protocol 'sweep'"), error.getMessage());
        assertTrue(error.getMessage().contains(
                "allowed values are strategy, single-task, grid-search, alpha-sweep, gradnorm-static"), error.getMessage());
    }

    @Test
    void protocolStrategyMismatchRejected() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.finished(run, "grid-search-01-seed1", "gradnorm", 1).property("protocol", "grid-search")
                .property("grid.index", "1").property("static.weights", "1,1").write();

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("has protocol=grid-search but strategy=gradnorm"), error.getMessage());
    }

    @Test
    void protocolStrategyWithoutProtocolKeyRejected() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.finished(run, "single-task-t0-seed1", "single-task", 1).property("single.task", "t0").write();

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("has strategy=single-task but no protocol=single-task"),
                error.getMessage());
    }

    @Test
    void missingAlphaNamesKey() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        TrialFiles.finished(run, "alpha-sweep-1.0-seed1", "alpha-sweep", 1).property("protocol", "alpha-sweep").write();

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("Key 'alpha' is missing"), error.getMessage());
    }
}
