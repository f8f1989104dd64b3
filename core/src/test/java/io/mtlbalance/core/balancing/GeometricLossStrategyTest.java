package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeometricLossStrategyTest {

    private static TaskValues weigh(double... losses) {
        return new GeometricLossStrategy(losses.length).weigh(new StepLosses(0, TaskValues.of(losses)));
    }

    @Test
    void twoTasksOneAndFour() {
        TaskValues weights = weigh(1, 4);

        // G = sqrt(1 * 4) = 2; w = (2 / (2 * 1), 2 / (2 * 4)).
        assertEquals(1.0, weights.get(0), 1e-15);
        assertEquals(0.25, weights.get(1), 1e-15);
    }

    @Test
    void threeTasksOneTwoFour() {
        TaskValues weights = weigh(1, 2, 4);

        // G = cbrt(1 * 2 * 4) = 2; w = (2 / 3, 2 / 6, 2 / 12).
        assertEquals(2.0 / 3, weights.get(0), 1e-15);
        assertEquals(1.0 / 3, weights.get(1), 1e-15);
        assertEquals(1.0 / 6, weights.get(2), 1e-15);
    }

    @Test
    void weightedSumEqualsGeometricMean() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 100; trial++) {
            double[] losses = {Math.exp(random.nextDouble(-6, 6)), Math.exp(random.nextDouble(-6, 6)),
                Math.exp(random.nextDouble(-6, 6))};
            TaskValues weights = weigh(losses);

            double geometricMean = Math.cbrt(losses[0] * losses[1] * losses[2]);
            double weightedSum = weights.get(0) * losses[0] + weights.get(1) * losses[1] + weights.get(2) * losses[2];
            assertEquals(geometricMean, weightedSum, 1e-12 * geometricMean);
        }
    }

    @Test
    void weightsEqualGeometricMeanGradient() {
        double[] losses = {0.3, 2.5, 7.0};
        TaskValues weights = weigh(losses);

        // Central differences of (L0 * L1 * L2)^(1/3) with respect to each loss.
        for (int i = 0; i < 3; i++) {
            double step = 1e-6 * losses[i];
            double[] up = losses.clone();
            double[] down = losses.clone();
            up[i] += step;
            down[i] -= step;
            double upper = Math.cbrt(up[0] * up[1] * up[2]);
            double lower = Math.cbrt(down[0] * down[1] * down[2]);
            double derivative = (upper - lower) / (2 * step);
            assertEquals(derivative, weights.get(i), 1e-8 * derivative);
        }
    }

    @Test
    void zeroLossIsFloored() {
        TaskValues weights = weigh(0, 4);

        // Floored losses (1e-12, 4): G = sqrt(4e-12) = 2e-6; w = (2e-6 / 2e-12, 2e-6 / 8).
        assertEquals(1e6, weights.get(0), 1e-6);
        assertEquals(2.5e-7, weights.get(1), 1e-20);
    }

    @Test
    void negativeLossIsFloored() {
        assertEquals(weigh(0, 4), weigh(-3, 4));
    }
}
