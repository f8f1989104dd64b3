package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every built-in strategy keeps, run against each entry of
 * {@link BuiltinStrategies#factories()}.
 */
class StrategyContractTest {

    private static final List<Task> MIXED_TASKS =
            List.of(Task.regression("depth", 1), Task.classification("digit", 10), Task.regression("angle", 2));

    private static final List<Task> CLASSIFICATION_TASKS =
            List.of(Task.classification("left", 10), Task.classification("right", 10), Task.classification("sum", 19));

    /** A window of 3 steps, so a save after an odd number of steps catches DWA mid-window. */
    private static final StrategyOptions OPTIONS =
            StrategyOptions.defaults().withStaticWeights(List.of(0.5, 1.0, 2.0)).withDwaWindow(3);

    private static final int STEPS = 400;

    /** What each strategy promises about its weights. */
    private record Contract(Function<StrategySettings, OptionalDouble> weightSum, boolean dependsOnLosses) {}

    private static final Map<String, Contract> CONTRACTS = Map.of(
            EqualWeighting.NAME, new Contract(s -> OptionalDouble.of(s.taskCount()), true),
            StaticWeighting.NAME, new Contract(
                    s -> OptionalDouble.of(s.options().staticWeights().stream().mapToDouble(w -> w).sum()), true),
            GradNorm.NAME, new Contract(s -> OptionalDouble.of(s.options().weightTotalFor(s.taskCount())), true),
            GradNormStatic.NAME, new Contract(
                    s -> OptionalDouble.of(s.options().staticWeights().stream().mapToDouble(w -> w).sum()), true),
            UncertaintyWeighting.NAME, new Contract(s -> OptionalDouble.empty(), true),
            DynamicWeightAverage.NAME, new Contract(s -> OptionalDouble.of(s.taskCount()), true),
            GeometricLossStrategy.NAME, new Contract(s -> OptionalDouble.empty(), true),
            RandomLossWeighting.NAME, new Contract(s -> OptionalDouble.of(s.taskCount()), false));

    static Stream<String> builtinNames() {
        return BuiltinStrategies.factories().keySet().stream();
    }

    static Stream<String> lossDrivenNames() {
        return builtinNames().filter(name -> CONTRACTS.get(name).dependsOnLosses());
    }

    @Test
    void everyBuiltinDeclaresContract() {
        assertEquals(BuiltinStrategies.factories().keySet(), CONTRACTS.keySet());
    }

    @ParameterizedTest
    @MethodSource("builtinNames")
    void weightsFiniteAndPositiveOnRandomLosses(String name) {
        StrategyDriver driver = new StrategyDriver(create(name, MIXED_TASKS, OPTIONS, 7));
        SplittableRandom random = new SplittableRandom(11);

        for (int step = 0; step < STEPS; step++) {
            TaskValues weights = driver.step(randomLosses(random, 3), randomNorms(random, 3));
            for (int task = 0; task < weights.size(); task++) {
                double weight = weights.get(task);
                String context = name + " gave task " + task + " weight " + weight + " at step " + step;
                assertTrue(Double.isFinite(weight), context);
                assertTrue(weight > 0, context);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("builtinNames")
    void weightsKeepDeclaredSum(String name) {
        StrategySettings settings = new StrategySettings(MIXED_TASKS, 7, OPTIONS);
        OptionalDouble expectedSum = CONTRACTS.get(name).weightSum().apply(settings);
        StrategyDriver driver = new StrategyDriver(BuiltinStrategies.factories().get(name).create(settings));
        SplittableRandom random = new SplittableRandom(12);

        for (int step = 0; step < STEPS; step++) {
            TaskValues weights = driver.step(randomLosses(random, 3), randomNorms(random, 3));
            if (expectedSum.isPresent()) {
                assertEquals(expectedSum.getAsDouble(), weights.sum(), 1e-9 * expectedSum.getAsDouble(),
                        name + " weights " + weights + " at step " + step);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("builtinNames")
    void sameSeedAndInputsGiveSameWeights(String name) {
        StrategyDriver first = new StrategyDriver(create(name, MIXED_TASKS, OPTIONS, 21));
        StrategyDriver second = new StrategyDriver(create(name, MIXED_TASKS, OPTIONS, 21));
        SplittableRandom random = new SplittableRandom(13);

        for (int step = 0; step < STEPS; step++) {
            double[] losses = randomLosses(random, 3);
            double[] norms = randomNorms(random, 3);
            assertEquals(first.step(losses, norms), second.step(losses, norms), name + " at step " + step);
        }
    }

    @ParameterizedTest
    @MethodSource("lossDrivenNames")
    void equalLossesAndGradientsGiveEqualWeights(String name) {
        StrategyOptions equalStatic = OPTIONS.withStaticWeights(List.of(2.0, 2.0, 2.0));
        StrategyDriver driver = new StrategyDriver(create(name, CLASSIFICATION_TASKS, equalStatic, 5));
        SplittableRandom random = new SplittableRandom(14);

        for (int step = 0; step < STEPS; step++) {
            double loss = Math.exp(random.nextDouble(-7, 7));
            double norm = Math.exp(random.nextDouble(-5, 5));
            TaskValues weights = driver.step(new double[] {loss, loss, loss}, new double[] {norm, norm, norm});
            assertEquals(weights.get(0), weights.get(1), 1e-12 * weights.get(0), name + " at step " + step);
            assertEquals(weights.get(0), weights.get(2), 1e-12 * weights.get(0), name + " at step " + step);
        }
    }

    @ParameterizedTest
    @MethodSource("builtinNames")
    void restoredStrategyContinuesIdentically(String name) {
        StrategySettings settings = new StrategySettings(MIXED_TASKS, 33, OPTIONS);
        StrategyFactory factory = BuiltinStrategies.factories().get(name);
        StrategyDriver original = new StrategyDriver(factory.create(settings));
        SplittableRandom random = new SplittableRandom(15);
        for (int step = 0; step < 37; step++) {
            original.step(randomLosses(random, 3), randomNorms(random, 3));
        }

        StrategyState saved = original.strategy().saveState();
        BalancingStrategy restored = factory.create(settings);
        restored.restoreState(saved);
        assertEquals(saved, restored.saveState(), name + " state after restore");

        StrategyDriver resumed = new StrategyDriver(restored, 37);
        List<TaskValues> continued = new ArrayList<>();
        List<TaskValues> fromRestore = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            double[] losses = randomLosses(random, 3);
            double[] norms = randomNorms(random, 3);
            continued.add(original.step(losses, norms));
            fromRestore.add(resumed.step(losses, norms));
        }
        assertEquals(continued, fromRestore, name);
    }

    private static BalancingStrategy create(String name, List<Task> tasks, StrategyOptions options, long seed) {
        return BuiltinStrategies.factories().get(name).create(new StrategySettings(tasks, seed, options));
    }

    /** Losses between about 1e-3 and 1e3, spread evenly in log scale. */
    private static double[] randomLosses(SplittableRandom random, int count) {
        double[] losses = new double[count];
        for (int i = 0; i < count; i++) {
            losses[i] = Math.exp(random.nextDouble(-7, 7));
        }
        return losses;
    }

    /** Gradient norms between about 7e-3 and 150, with an occasional 0 for a task. */
    private static double[] randomNorms(SplittableRandom random, int count) {
        double[] norms = new double[count];
        for (int i = 0; i < count; i++) {
            norms[i] = random.nextInt(10) == 0 ? 0 : Math.exp(random.nextDouble(-5, 5));
        }
        return norms;
    }
}
