package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.task.Task;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GradNormTest {

    private static final double LEARNING_RATE = 0.025;
    private static final double ADAM_EPSILON = 1e-8;

    private static final List<Task> TWO_TASKS = List.of(Task.regression("a", 1), Task.regression("b", 1));

    private static GradNorm gradNorm(double alpha) {
        StrategyOptions options = StrategyOptions.defaults().withAlpha(alpha).withWeightLearningRate(LEARNING_RATE);
        return new GradNorm(TWO_TASKS, options);
    }

    private static GradientNorms norms(double[] weights, double[] unweighted) {
        double[] weighted = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            weighted[i] = weights[i] * unweighted[i];
        }
        return new GradientNorms(TaskValues.of(weights), TaskValues.of(weighted), TaskValues.of(unweighted));
    }

    @Test
    void targetsFollowLossRatios() {
        GradNorm gradNorm = gradNorm(0.5);
        gradNorm.weigh(new StepLosses(0, TaskValues.of(2, 1)));

        double[] targets = gradNorm.targets(TaskValues.of(1, 1), TaskValues.of(3, 1));

        // Lr = (1/2, 1/1), mean 0.75, r = (2/3, 4/3); G_mean = (3 + 1) / 2 = 2; target = 2 r^0.5.
        assertEquals(2 * Math.sqrt(2.0 / 3), targets[0], 1e-15);
        assertEquals(2 * Math.sqrt(4.0 / 3), targets[1], 1e-15);
    }

    @Test
    void weightGradientIsSignTimesUnweightedNorm() {
        // G = (0.6 * 5, 1.4 * 0.5, 1 * 2) = (3, 0.7, 2) against targets (2.5, 1.2, 2).
        GradientNorms norms = norms(new double[] {0.6, 1.4, 1.0}, new double[] {5, 0.5, 2});

        double[] gradient = GradNorm.weightGradient(norms, new double[] {2.5, 1.2, 2});

        // sign(3 - 2.5) * 5, sign(0.7 - 1.2) * 0.5, sign(2 - 2) * 2.
        assertArrayEquals(new double[] {5, -0.5, 0}, gradient, 1e-15);
    }

    @Test
    void twoObservationsContinueAdamState() {
        GradNorm gradNorm = gradNorm(1.0);

        // Step 0: L = (2, 1) become L(0); w = (1, 1); ||grad L|| = (5, 0.5), so G = (5, 0.5).
        // r = (1, 1), target = G_mean = 2.75; g1 = (+5, -0.5).
        gradNorm.weigh(new StepLosses(0, TaskValues.of(2, 1)));
        gradNorm.observe(new StepLosses(0, TaskValues.of(2, 1)), norms(new double[] {1, 1}, new double[] {5, 0.5}));

        // Adam step 1 moves by lr * g / (|g| + eps); then rescale to sum 2.
        double raw0 = 1 - LEARNING_RATE * 5 / (5 + ADAM_EPSILON);
        double raw1 = 1 + LEARNING_RATE * 0.5 / (0.5 + ADAM_EPSILON);
        double[] afterFirst = {raw0 * 2 / (raw0 + raw1), raw1 * 2 / (raw0 + raw1)};
        TaskValues applied = gradNorm.weigh(new StepLosses(1, TaskValues.of(0.2, 1)));
        assertArrayEquals(afterFirst, applied.toArray(), 1e-15);

        // Step 1: L = (0.2, 1), Lr = (0.1, 1) against the kept L(0), mean 0.55, r = (0.1818, 1.818).
        // ||grad L|| = (1, 4), G = (0.975, 4.1) roughly, G_mean = 2.5375, targets (0.461, 4.614).
        // So g2 = (+1, -4). Had L(0) been reset to this step's losses, r = (1, 1) and the
        // signs would flip.
        gradNorm.observe(new StepLosses(1, TaskValues.of(0.2, 1)), norms(afterFirst, new double[] {1, 4}));

        // Adam step 2: m = 0.9 * 0.1 * g1 + 0.1 * g2, v = 0.999 * 0.001 * g1^2 + 0.001 * g2^2,
        // bias corrections 1 - 0.9^2 = 0.19 and 1 - 0.999^2 = 0.001999.
        double[] g1 = {5, -0.5};
        double[] g2 = {1, -4};
        double[] raw = new double[2];
        for (int i = 0; i < 2; i++) {
            double m = 0.9 * 0.1 * g1[i] + 0.1 * g2[i];
            double v = 0.999 * 0.001 * g1[i] * g1[i] + 0.001 * g2[i] * g2[i];
            raw[i] = afterFirst[i] - LEARNING_RATE * (m / 0.19) / (Math.sqrt(v / 0.001999) + ADAM_EPSILON);
        }
        double[] afterSecond = {raw[0] * 2 / (raw[0] + raw[1]), raw[1] * 2 / (raw[0] + raw[1])};
        assertArrayEquals(afterSecond, gradNorm.weigh(new StepLosses(2, TaskValues.of(1, 1))).toArray(), 1e-14);
        assertArrayEquals(new double[] {2, 1}, gradNorm.initialLosses().toArray(), 0);
    }

    @Test
    void weightsStayPositiveAndSumToTotal() {
        List<Task> tasks = List.of(Task.regression("a", 1), Task.classification("b", 4), Task.regression("c", 3));
        for (double total : new double[] {3, 0.5, 40}) {
            GradNorm gradNorm = new GradNorm(tasks, StrategyOptions.defaults().withWeightTotal(total));
            StrategyDriver driver = new StrategyDriver(gradNorm);
            SplittableRandom random = new SplittableRandom((long) total);

            for (int step = 0; step < 2000; step++) {
                double[] losses = new double[3];
                double[] norms = new double[3];
                for (int i = 0; i < 3; i++) {
                    losses[i] = Math.exp(random.nextDouble(-8, 8));
                    norms[i] = extremeNorm(random);
                }
                driver.step(losses, norms);
                TaskValues weights = gradNorm.weigh(new StepLosses(step + 1, TaskValues.of(losses)));
                for (int i = 0; i < 3; i++) {
                    assertTrue(weights.get(i) > 0, "weight " + i + " is " + weights.get(i) + " at step " + step);
                }
                assertEquals(total, weights.sum(), 1e-12 * total, "step " + step);
            }
        }
    }

    @Test
    void weightPushedBelowZeroIsFloored() {
        GradNorm gradNorm = gradNorm(0.12);
        StrategyDriver driver = new StrategyDriver(gradNorm);
        // Task b has no gradient at W, so G_b = 0 < G_mean < G_a in every step: task a's weight
        // falls by about lr per step and would cross 0 after about 40 steps.
        for (int step = 0; step < 200; step++) {
            driver.step(new double[] {1, 1}, new double[] {3, 0});
        }

        TaskValues weights = gradNorm.weigh(new StepLosses(200, TaskValues.of(1, 1)));
        assertTrue(weights.get(0) > 0);
        assertTrue(weights.get(0) <= GradNorm.MIN_WEIGHT_FRACTION * 2, "weight " + weights.get(0));
    }

    @Test
    void observeBeforeWeighIsRejected() {
        GradNorm gradNorm = gradNorm(1);

        StepLosses losses = new StepLosses(0, TaskValues.of(1, 1));
        GradientNorms norms = norms(new double[] {1, 1}, new double[] {1, 1});

        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> gradNorm.observe(losses, norms));

        assertEquals("GradNorm.observe was called before weigh; the trainer must call weigh first in every step",
                error.getMessage());
    }

    /** Returns 0, a norm near 1 or a norm near 1e12, each a third of the time. */
    private static double extremeNorm(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> Math.exp(random.nextDouble(-3, 3));
            default -> 1e12 * Math.exp(random.nextDouble(-3, 3));
        };
    }
}
