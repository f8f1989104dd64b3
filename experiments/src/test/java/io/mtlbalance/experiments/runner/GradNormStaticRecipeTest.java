package io.mtlbalance.experiments.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.balancing.BuiltinStrategies;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.balancing.TaskValues;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.experiments.trial.EarlierTrials;
import io.mtlbalance.experiments.trial.MissingTrialException;
import io.mtlbalance.experiments.trial.PreparedStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GradNorm static averages the weights of the GradNorm trial with its seed, read from steps.csv. */
class GradNormStaticRecipeTest {

    private static final List<Task> TASKS = List.of(Task.regression("t1", 1), Task.regression("t2", 1));

    /** Three steps: t1 weighs 1.0, 1.5, 2.0 (mean 1.5) and t2 weighs 1.0, 0.5, 0.0 (mean 0.5). */
    private static final String STEPS = """
            trial,strategy,seed,step,task,loss,weight,grad_norm
            gradnorm-seed3,gradnorm,3,0,t1,4.0,1.0,0.1
            gradnorm-seed3,gradnorm,3,0,t2,9.0,1.0,0.2
            gradnorm-seed3,gradnorm,3,1,t1,3.0,1.5,0.1
            gradnorm-seed3,gradnorm,3,1,t2,8.0,0.5,0.2
            gradnorm-seed3,gradnorm,3,2,t1,2.0,2.0,0.1
            gradnorm-seed3,gradnorm,3,2,t2,7.0,0.0,0.2
            """;

    @TempDir
    Path folder;

    @Test
    void meanWeightsFollowHandArithmetic() throws Exception {
        Path steps = folder.resolve("steps.csv");
        Files.writeString(steps, STEPS);

        assertEquals(List.of(1.5, 0.5), TimeAveragedWeights.read(steps, TASKS));
    }

    @Test
    void missingTaskRowsAreNamed() throws Exception {
        Path steps = folder.resolve("steps.csv");
        Files.writeString(steps, STEPS.lines().filter(line -> !line.contains(",t2,")).map(line -> line + "\n")
                .reduce("", String::concat));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> TimeAveragedWeights.read(steps, TASKS));

        assertTrue(error.getMessage().contains("contains no step of task 't2'"), error.getMessage());
        assertTrue(error.getMessage().contains(steps.toString()), error.getMessage());
    }

    @Test
    void recipeRecordsAveragedWeights() throws Exception {
        Path gradNorm = folder.resolve("gradnorm-seed3");
        Files.createDirectories(gradNorm);
        Files.writeString(gradNorm.resolve(RunLayout.STEPS), STEPS);

        PreparedStrategy prepared = recipe(3).prepare(settings(3), trials(Optional.of(gradNorm), "finished"));

        assertEquals("gradnorm-static", prepared.strategy().name());
        assertEquals("1.5,0.5", prepared.properties().get("static.weights"));
        assertEquals(TaskValues.of(1.5, 0.5), prepared.strategy().weigh(null));
    }

    @Test
    void divergedGradNormTrialIsMissing() {
        MissingTrialException error = assertThrows(MissingTrialException.class,
                () -> recipe(2).prepare(settings(2), trials(Optional.empty(), "diverged")));

        assertEquals("trial gradnorm-static-seed2 needs the time-averaged weights of trial gradnorm-seed2,"
                + " which has status 'diverged' instead of 'finished'", error.getMessage());
    }

    private static GradNormStaticRecipe recipe(long seed) {
        return new GradNormStaticRecipe(BuiltinStrategies.factories().get("gradnorm-static"), seed);
    }

    private static StrategySettings settings(long seed) {
        return new StrategySettings(TASKS, seed, StrategyOptions.defaults());
    }

    private static EarlierTrials trials(Optional<Path> finished, String status) {
        return new EarlierTrials() {
            @Override
            public Optional<Path> finishedFolder(String trial) {
                return finished;
            }

            @Override
            public String status(String trial) {
                return status;
            }
        };
    }
}
