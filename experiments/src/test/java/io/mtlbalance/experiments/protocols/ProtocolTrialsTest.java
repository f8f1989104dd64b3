package io.mtlbalance.experiments.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.BuiltinStrategies;
import io.mtlbalance.core.balancing.GradientNorms;
import io.mtlbalance.core.balancing.StepLosses;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.balancing.TaskValues;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.experiments.trial.TrialSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each protocol lists the trials, names and trial.properties entries of the protocol records format. */
class ProtocolTrialsTest {

    private static final List<Task> TASKS =
            List.of(Task.regression("a", 1), Task.classification("b", 3), Task.regression("c", 2));

    private static ProtocolSettings settings(List<Long> protocolSeeds, int gridTrials, List<Double> alphas) {
        return new ProtocolSettings(TASKS, List.of(1L, 2L), protocolSeeds, gridTrials, 9, alphas,
                BuiltinStrategies.factories());
    }

    private static List<String> names(List<TrialSpec> trials) {
        return trials.stream().map(TrialSpec::name).toList();
    }

    @Test
    void singleTaskCoversEveryTaskAndSeed() {
        List<TrialSpec> trials = new SingleTaskProtocol().trials(settings(List.of(1L), 1, List.of(0.0)));

        assertEquals(List.of("single-task-a-seed1", "single-task-b-seed1", "single-task-c-seed1",
                "single-task-a-seed2", "single-task-b-seed2", "single-task-c-seed2"), names(trials));
        TrialSpec second = trials.get(4);
        assertEquals(List.of(1), second.taskIndices());
        assertEquals("single-task", second.strategy());
        assertEquals(2, second.seed());
        assertEquals("single-task", second.properties().get("protocol"));
        assertEquals("b", second.properties().get("single.task"));
    }

    @Test
    void singleTaskTrainsOnPlainLoss() {
        TrialSpec trial = new SingleTaskProtocol().trials(settings(List.of(1L), 1, List.of(0.0))).get(1);
        StrategySettings oneTask = new StrategySettings(List.of(TASKS.get(1)), 1, StrategyOptions.defaults());

        BalancingStrategy strategy = trial.recipe().prepare(oneTask, null).strategy();

        assertEquals(TaskValues.of(1.0), strategy.weigh(new StepLosses(0, TaskValues.of(0.7))));
    }

    @Test
    void gridSearchUsesProtocolSeedsAndGridSeed() {
        List<TrialSpec> trials = new GridSearchProtocol().trials(settings(List.of(1L, 3L), 3, List.of(0.0)));
        List<List<Double>> grid = GridWeights.draw(9, 3, 3);

        assertEquals(List.of("grid-search-01-seed1", "grid-search-02-seed1", "grid-search-03-seed1",
                "grid-search-01-seed3", "grid-search-02-seed3", "grid-search-03-seed3"), names(trials));
        TrialSpec trial = trials.get(4);
        assertEquals(List.of(0, 1, 2), trial.taskIndices());
        assertEquals("grid-search", trial.strategy());
        assertEquals("grid-search", trial.properties().get("protocol"));
        assertEquals("2", trial.properties().get("grid.index"));
        assertEquals(grid.get(1).stream().map(String::valueOf).collect(Collectors.joining(",")),
                trial.properties().get("static.weights"));
    }

    @Test
    void gridSearchTrialAppliesItsWeights() {
        TrialSpec trial = new GridSearchProtocol().trials(settings(List.of(1L), 2, List.of(0.0))).get(1);
        List<Double> expected = GridWeights.draw(9, 2, 3).get(1);

        BalancingStrategy strategy = trial.recipe().prepare(
                new StrategySettings(TASKS, 1, StrategyOptions.defaults()), null).strategy();

        TaskValues weights = strategy.weigh(new StepLosses(0, TaskValues.of(1, 1, 1)));
        assertEquals(TaskValues.of(expected.get(0), expected.get(1), expected.get(2)), weights);
    }

    @Test
    void alphaSweepNamesTrialsByAlpha() {
        List<TrialSpec> trials =
                new AlphaSweepProtocol().trials(settings(List.of(1L), 1, List.of(0.0, 0.12, 1.0)));

        assertEquals(List.of("alpha-sweep-0.0-seed1", "alpha-sweep-0.12-seed1", "alpha-sweep-1.0-seed1"),
                names(trials));
        assertEquals("alpha-sweep", trials.get(1).strategy());
        assertEquals("alpha-sweep", trials.get(1).properties().get("protocol"));
        assertEquals("0.12", trials.get(1).properties().get("alpha"));
    }

    /**
     * Step 0 sets the initial losses (1, 1). Step 1 has losses (2, 0.5) and gradient norms (1, 1),
     * so the loss ratios are (2, 0.5), their mean 1.25 and the relative rates r = (1.6, 0.4). With
     * α = 0 every target is the mean norm 1, which both norms meet, so the weights stay (1, 1).
     * With α = 1.5 the targets are 1.6^1.5 = 2.02 and 0.4^1.5 = 0.25, so task a's weight rises.
     */
    @Test
    void alphaSweepPassesAlphaToGradNorm() {
        List<TrialSpec> trials = new AlphaSweepProtocol().trials(settings(List.of(1L), 1, List.of(0.0, 1.5)));
        List<Task> twoTasks = TASKS.subList(0, 2);
        StrategySettings twoTaskSettings = new StrategySettings(twoTasks, 1, StrategyOptions.defaults());

        TaskValues alphaZero = weightsAfterTwoSteps(trials.get(0).recipe().prepare(twoTaskSettings, null).strategy());
        TaskValues alphaOneHalf = weightsAfterTwoSteps(trials.get(1).recipe().prepare(twoTaskSettings, null).strategy());

        assertEquals(TaskValues.of(1.0, 1.0), alphaZero);
        assertTrue(alphaOneHalf.get(0) > 1.01, "weight of the slower task with alpha 1.5: " + alphaOneHalf);
        assertEquals(2.0, alphaOneHalf.sum(), 1e-12);
    }

    private static TaskValues weightsAfterTwoSteps(BalancingStrategy gradNorm) {
        double[][] losses = {{1, 1}, {2, 0.5}};
        for (int step = 0; step < 2; step++) {
            StepLosses stepLosses = new StepLosses(step, TaskValues.of(losses[step]));
            TaskValues weights = gradNorm.weigh(stepLosses);
            gradNorm.observe(stepLosses, new GradientNorms(weights, weights, TaskValues.of(1, 1)));
        }
        return gradNorm.weigh(new StepLosses(2, TaskValues.of(1, 1)));
    }
}
