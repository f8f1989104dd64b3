package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.records.Divergence;
import io.mtlbalance.reports.records.InvalidRunRecordsException;
import io.mtlbalance.reports.records.MetricDirection;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.records.TrialStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordsTest {

    @TempDir
    Path runDirectory;

    @Test
    void loadsEveryRowOfEveryTrial() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        RunRecords records = RunRecords.load(runDirectory);

        // 7 trials x 4 steps x 2 tasks
        assertEquals(56, records.steps().rowCount());
        // 7 trials x 2 evaluations x (2 tasks x 2 metrics + normalized loss)
        assertEquals(70, records.evaluations().rowCount());
        // 7 trials x 5 final metrics
        assertEquals(35, records.finals().rowCount());
        assertEquals(7, records.trialsTable().rowCount());
    }

    @Test
    void gradNormStepValuesReadBack() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        RunRecords records = RunRecords.load(runDirectory);

        var steps = records.steps();
        var gradNormSeed2 = steps.where(steps.stringColumn("trial").isEqualTo("gradnorm-seed2")
                .and(steps.longColumn("step").isEqualTo(3))
                .and(steps.stringColumn("task").isEqualTo("t0")));
        assertEquals(1, gradNormSeed2.rowCount());
        assertEquals(1.6, gradNormSeed2.doubleColumn("weight").getDouble(0));
        assertEquals(0.7, gradNormSeed2.doubleColumn("loss").getDouble(0));
        assertTrue(Double.isNaN(gradNormSeed2.doubleColumn("grad_norm").getDouble(0)), "empty grad_norm reads as NaN");
    }

    @Test
    void settingsKeepRunnerKeysThenExtras() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        RunRecords records = RunRecords.load(runDirectory);

        List<String> keys = List.copyOf(records.settings().keySet());
        assertEquals("experiment", keys.get(0));
        assertEquals("zz.extra", keys.get(keys.size() - 1));
        assertEquals(16, keys.size());
        assertEquals("toy-win", records.experiment());
        assertEquals(List.of("equal", "gradnorm"), records.strategies());
    }

    @Test
    void tasksAndDirectionsParsed() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        RunRecords records = RunRecords.load(runDirectory);

        assertEquals(List.of("t0", "t1"), records.taskNames());
        assertEquals(MetricDirection.LOWER, records.primaryMetric("t1").orElseThrow().direction());
        assertEquals("mse ↓", records.primaryMetric("t0").orElseThrow().labelWithArrow());
    }

    @Test
    void divergedTrialKeepsItsDetails() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        RunRecords records = RunRecords.load(runDirectory);

        Trial diverged = records.trials().stream().filter(t -> t.id().equals("gradnorm-seed4")).findFirst().orElseThrow();
        assertEquals(TrialStatus.DIVERGED, diverged.status());
        Divergence divergence = diverged.divergence().orElseThrow();
        assertEquals(2, divergence.step());
        assertEquals("t1", divergence.task());
        assertEquals("loss", divergence.quantity());
        assertTrue(Double.isNaN(divergence.value()));
        assertEquals(6, records.finishedTrialIds().size());
    }

    @Test
    void missingColumnNamesFileAndColumn() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        Path steps = runDirectory.resolve("trials/equal-seed1/steps.csv");
        Files.writeString(steps, "trial,strategy,seed,step,task,loss,grad_norm\nequal-seed1,equal,1,0,t0,1.0,\n");

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("Column 'weight' is missing"), error.getMessage());
        assertTrue(error.getMessage().contains(steps.toString()), error.getMessage());
        assertEquals(steps, error.file());
    }

    @Test
    void nonNumericValueNamesLineColumnAndValue() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        Path finals = runDirectory.resolve("trials/gradnorm-seed1/final.csv");
        Files.writeString(finals, "trial,strategy,seed,task,metric,value\n"
                + "gradnorm-seed1,gradnorm,1,t0,mse,0.1\n"
                + "gradnorm-seed1,gradnorm,1,t1,mse,abc\n");

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("Invalid value 'abc' in column 'value' at line 3 of " + finals),
                error.getMessage());
    }

    @Test
    void finishedTrialWithoutFinalFileFails() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        Path finals = runDirectory.resolve("trials/equal-seed2/final.csv");
        Files.delete(finals);

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("Record file " + finals + " is missing"), error.getMessage());
    }

    @Test
    void divergedTrialMayLackRecordFiles() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        Files.delete(runDirectory.resolve("trials/gradnorm-seed4/final.csv"));
        Files.delete(runDirectory.resolve("trials/gradnorm-seed4/evaluations.csv"));

        RunRecords records = RunRecords.load(runDirectory);

        assertEquals(30, records.finals().rowCount());
    }

    @Test
    void invalidDirectionListsAllowedValues() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        run.write("tasks.csv", "task,metric,direction,primary\nt0,mse,down,true\n");

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("Invalid direction 'down'"), error.getMessage());
        assertTrue(error.getMessage().contains("'lower' and 'higher'"), error.getMessage());
    }

    @Test
    void missingDivergenceKeyNamesKey() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        run.write("trials/gradnorm-seed4/trial.properties",
                "trial=gradnorm-seed4\nstrategy=gradnorm\nseed=4\nstatus=diverged\ndiverged.step=2\n");

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("Key 'diverged.task' is missing"), error.getMessage());
    }

    @Test
    void foreignTrialRowsAreRejected() throws IOException {
        RunFixture run = Scenarios.gradNormWins(runDirectory);
        run.write("trials/equal-seed1/final.csv",
                "trial,strategy,seed,task,metric,value\nequal-seed2,equal,2,t0,mse,0.1\n");

        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains("contains 'equal-seed2'"), error.getMessage());
    }

    @Test
    void missingRunPropertiesNamesFile() {
        InvalidRunRecordsException error =
                assertThrows(InvalidRunRecordsException.class, () -> RunRecords.load(runDirectory));

        assertTrue(error.getMessage().contains(runDirectory.resolve("run.properties").toString()), error.getMessage());
    }
}
