package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.task.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncertaintyWeightingTest {

    private static final double LEARNING_RATE = 0.025;
    private static final double ADAM_EPSILON = 1e-8;

    private static final List<Task> TASKS = List.of(Task.regression("depth", 1), Task.classification("digit", 10));

    private static UncertaintyWeighting strategy() {
        return new UncertaintyWeighting(TASKS, StrategyOptions.defaults().withWeightLearningRate(LEARNING_RATE));
    }

    @Test
    void firstStepAppliesInitialWeights() {
        TaskValues weights = strategy().weigh(new StepLosses(0, TaskValues.of(4, 0.25)));

        // s = 0: regression 0.5 * exp(0), classification 1 * exp(0).
        assertEquals(0.5, weights.get(0), 1e-15);
        assertEquals(1.0, weights.get(1), 1e-15);
    }

    @Test
    void oneAdamStepMovesByLearningRate() {
        UncertaintyWeighting strategy = strategy();
        strategy.weigh(new StepLosses(0, TaskValues.of(4, 0.25)));

        // d/ds = 1/2 - c exp(-s) L at s = 0: regression 0.5 - 0.5 * 4 = -1.5, classification
        // 0.5 - 1 * 0.25 = 0.25. Adam's first step is -lr * g / (|g| + eps), about -lr * sign(g).
        assertEquals(LEARNING_RATE * 1.5 / (1.5 + ADAM_EPSILON), strategy.logVariances().get(0), 1e-17);
        assertEquals(-LEARNING_RATE * 0.25 / (0.25 + ADAM_EPSILON), strategy.logVariances().get(1), 1e-17);
    }

    @Test
    void secondStepAppliesUpdatedWeights() {
        UncertaintyWeighting strategy = strategy();
        strategy.weigh(new StepLosses(0, TaskValues.of(4, 0.25)));
        TaskValues weights = strategy.weigh(new StepLosses(1, TaskValues.of(4, 0.25)));

        // The log variances after the first step, from oneAdamStepMovesByLearningRate.
        double regressionS = LEARNING_RATE * 1.5 / (1.5 + ADAM_EPSILON);
        double classificationS = -LEARNING_RATE * 0.25 / (0.25 + ADAM_EPSILON);
        assertEquals(0.5 * Math.exp(-regressionS), weights.get(0), 1e-15);
        assertEquals(Math.exp(-classificationS), weights.get(1), 1e-15);
    }

    @Test
    void secondAdamStepUsesFirstMoments() {
        UncertaintyWeighting strategy = strategy();
        strategy.weigh(new StepLosses(0, TaskValues.of(4, 0.25)));
        strategy.weigh(new StepLosses(1, TaskValues.of(4, 0.25)));

        // Regression task. Step 1: g1 = -1.5, s1 = lr * 1.5 / (1.5 + eps).
        double s1 = LEARNING_RATE * 1.5 / (1.5 + ADAM_EPSILON);
        // Step 2: g2 = 0.5 - 0.5 * exp(-s1) * 4, m = 0.9 * 0.1 * g1 + 0.1 * g2,
        // v = 0.999 * 0.001 * g1^2 + 0.001 * g2^2, bias corrections 1 - 0.9^2 and 1 - 0.999^2.
        double g1 = -1.5;
        double g2 = 0.5 - 0.5 * Math.exp(-s1) * 4;
        double m = 0.9 * 0.1 * g1 + 0.1 * g2;
        double v = 0.999 * 0.001 * g1 * g1 + 0.001 * g2 * g2;
        double s2 = s1 - LEARNING_RATE * (m / (1 - 0.81)) / (Math.sqrt(v / (1 - 0.998001)) + ADAM_EPSILON);
        assertEquals(s2, strategy.logVariances().get(0), 1e-15);
    }

    @Test
    void constantLossConvergesToHalfInverse() {
        UncertaintyWeighting strategy = strategy();
        TaskValues weights = null;
        for (int step = 0; step < 3000; step++) {
            weights = strategy.weigh(new StepLosses(step, TaskValues.of(4, 0.25)));
        }

        // The optimum of c exp(-s) L + s/2 is c exp(-s) = 1 / (2 L) for both kinds.
        assertEquals(1 / (2 * 4.0), weights.get(0), 1e-3 / (2 * 4.0));
        assertEquals(1 / (2 * 0.25), weights.get(1), 1e-3 / (2 * 0.25));
    }

    @Test
    void zeroLossClampsLogVariance() {
        UncertaintyWeighting strategy = strategy();
        TaskValues weights = null;
        // At L = 0 the derivative is always 1/2, so s falls by about lr per step: 30 / 0.025 = 1200.
        for (int step = 0; step < 1500; step++) {
            weights = strategy.weigh(new StepLosses(step, TaskValues.of(0, 0)));
        }

        assertEquals(-UncertaintyWeighting.MAX_LOG_VARIANCE, strategy.logVariances().get(0), 0);
        assertEquals(0.5 * Math.exp(30), weights.get(0), 1e-9 * Math.exp(30));
        assertTrue(Double.isFinite(weights.get(1)));
    }

    @Test
    void wrongTaskCountIsRejected() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> strategy().weigh(new StepLosses(3, TaskValues.of(1, 2, 3))));

        assertEquals(
                "strategy 'uncertainty' was created for 2 tasks but step 3 has 3 losses;"
                        + " create one strategy per trial with that trial's tasks",
                error.getMessage());
    }
}
