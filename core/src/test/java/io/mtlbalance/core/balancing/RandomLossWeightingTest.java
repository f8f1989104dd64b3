package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomLossWeightingTest {

    @Test
    void weightsFollowDocumentedDraws() {
        StrategyDriver driver = new StrategyDriver(new RandomLossWeighting(3, 2024));
        // The documented recipe: SplittableRandom(seed), z = sqrt(-2 ln(1 - u1)) cos(2 pi u2).
        SplittableRandom reference = new SplittableRandom(2024);

        for (int step = 0; step < 5; step++) {
            double[] exp = new double[3];
            for (int i = 0; i < 3; i++) {
                double u1 = reference.nextDouble();
                double u2 = reference.nextDouble();
                exp[i] = Math.exp(Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2));
            }
            double sum = exp[0] + exp[1] + exp[2];
            TaskValues weights = driver.step(1, 1, 1);
            for (int i = 0; i < 3; i++) {
                assertEquals(3 * exp[i] / sum, weights.get(i), 1e-12, "step " + step + " task " + i);
            }
        }
    }

    @Test
    void weightsIgnoreLosses() {
        StrategyDriver first = new StrategyDriver(new RandomLossWeighting(2, 9));
        StrategyDriver second = new StrategyDriver(new RandomLossWeighting(2, 9));

        for (int step = 0; step < 20; step++) {
            assertEquals(first.step(1, 1), second.step(1e-3 * step, 1e3));
        }
    }

    @Test
    void otherSeedGivesOtherWeights() {
        TaskValues first = new StrategyDriver(new RandomLossWeighting(2, 1)).step(1, 1);
        TaskValues second = new StrategyDriver(new RandomLossWeighting(2, 2)).step(1, 1);

        assertNotEquals(first, second);
    }

    @Test
    void logWeightDifferencesAreNormal() {
        StrategyDriver driver = new StrategyDriver(new RandomLossWeighting(2, 77));
        int steps = 20_000;
        double sum = 0;
        double sumOfSquares = 0;
        for (int step = 0; step < steps; step++) {
            TaskValues weights = driver.step(1, 1);
            // log(w0 / w1) = z0 - z1, which is N(0, 2) for independent standard normals.
            double difference = Math.log(weights.get(0) / weights.get(1));
            sum += difference;
            sumOfSquares += difference * difference;
        }
        double mean = sum / steps;
        double variance = sumOfSquares / steps - mean * mean;

        // Five standard errors: sqrt(2 / 20000) = 0.01 for the mean, about 0.02 for the variance.
        assertEquals(0, mean, 0.05);
        assertEquals(2, variance, 0.1);
    }

    @Test
    void restoreWithOtherSeedIsRejected() {
        StrategyState state = new RandomLossWeighting(2, -5).saveState();
        RandomLossWeighting other = new RandomLossWeighting(2, 5);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> other.restoreState(state));

        assertEquals(
                "saved RLW state was drawn with seed -5; this strategy has seed 5;"
                        + " restore it into a trial with the seed of the run that saved it",
                error.getMessage());
    }

    @Test
    void restoreWithNegativeSeedContinues() {
        RandomLossWeighting original = new RandomLossWeighting(2, Long.MIN_VALUE + 12345);
        StrategyDriver driver = new StrategyDriver(original);
        driver.step(1, 1);
        driver.step(1, 1);
        RandomLossWeighting restored = new RandomLossWeighting(2, Long.MIN_VALUE + 12345);
        restored.restoreState(original.saveState());

        assertEquals(driver.step(1, 1), new StrategyDriver(restored, 2).step(1, 1));
    }
}
