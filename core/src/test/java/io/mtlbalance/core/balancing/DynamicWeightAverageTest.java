package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DynamicWeightAverageTest {

    private static final double E = Math.E;

    @Test
    void firstTwoStepsWeighOne() {
        StrategyDriver driver = new StrategyDriver(new DynamicWeightAverage(2, 2.0, 1));

        assertEquals(TaskValues.of(1, 1), driver.step(1, 1));
        assertEquals(TaskValues.of(1, 1), driver.step(2, 1));
    }

    @Test
    void ratiosTwoAndOneAtTemperatureTwo() {
        StrategyDriver driver = new StrategyDriver(new DynamicWeightAverage(2, 2.0, 1));
        driver.step(1, 1);
        driver.step(2, 1);
        TaskValues weights = driver.step(5, 5);

        // r = (2/1, 1/1); w_i = 2 * exp(r_i / 2) / (exp(1) + exp(0.5)).
        double denominator = Math.exp(1) + Math.exp(0.5);
        assertEquals(2 * E / denominator, weights.get(0), 1e-15);
        assertEquals(2 * Math.exp(0.5) / denominator, weights.get(1), 1e-15);
    }

    @Test
    void threeTasksAtTemperatureOne() {
        StrategyDriver driver = new StrategyDriver(new DynamicWeightAverage(3, 1.0, 1));
        driver.step(4, 2, 1);
        driver.step(2, 2, 3);
        TaskValues weights = driver.step(1, 1, 1);

        // r = (2/4, 2/2, 3/1) = (0.5, 1, 3); w_i = 3 * exp(r_i) / (e^0.5 + e^1 + e^3).
        double denominator = Math.exp(0.5) + E + Math.exp(3);
        assertEquals(3 * Math.exp(0.5) / denominator, weights.get(0), 1e-15);
        assertEquals(3 * E / denominator, weights.get(1), 1e-15);
        assertEquals(3 * Math.exp(3) / denominator, weights.get(2), 1e-14);
    }

    @Test
    void windowUsesMeanLossPerWindow() {
        StrategyDriver driver = new StrategyDriver(new DynamicWeightAverage(2, 2.0, 2));
        // Window 0: steps 0-1, means ((1+3)/2, (3+1)/2) = (2, 2).
        // Window 1: steps 2-3, means (4, 2). Both windows weigh 1.
        for (double[] losses : new double[][] {{1, 3}, {3, 1}, {4, 2}, {4, 2}}) {
            assertEquals(TaskValues.of(1, 1), driver.step(losses));
        }

        // Window 2 (steps 4-5): r = (4/2, 2/2) = (2, 1), as in ratiosTwoAndOneAtTemperatureTwo.
        double denominator = Math.exp(1) + Math.exp(0.5);
        TaskValues first = driver.step(4, 4);
        assertEquals(2 * E / denominator, first.get(0), 1e-15);
        assertEquals(2 * Math.exp(0.5) / denominator, first.get(1), 1e-15);
        assertEquals(first, driver.step(4, 4));

        // Window 3: window 2 means (4, 4) over window 1 means (4, 2) give r = (1, 2).
        TaskValues swapped = driver.step(1, 1);
        assertEquals(2 * Math.exp(0.5) / denominator, swapped.get(0), 1e-15);
        assertEquals(2 * E / denominator, swapped.get(1), 1e-15);
    }

    @Test
    void zeroLossIsFlooredAndWeightsStayPositive() {
        StrategyDriver driver = new StrategyDriver(new DynamicWeightAverage(2, 2.0, 1));
        driver.step(0, 1);
        driver.step(1, 1);
        TaskValues weights = driver.step(1, 1);

        // r = (1 / 1e-12, 1): the softmax gives (2, 0) in doubles, the floor raises the second
        // weight to 1e-6 * 2, and rescaling to sum 2 multiplies both by 2 / (2 + 2e-6).
        double scale = 2 / (2 + 2e-6);
        assertEquals(2 * scale, weights.get(0), 1e-15);
        assertEquals(2e-6 * scale, weights.get(1), 1e-21);
        assertTrue(weights.get(1) > 0);
    }

    @Test
    void equalLossesAfterZerosWeighOne() {
        StrategyDriver driver = new StrategyDriver(new DynamicWeightAverage(2, 2.0, 1));
        driver.step(0, 0);
        driver.step(0, 0);

        // Both ratios are 1e-12 / 1e-12 = 1, so the softmax is even.
        assertEquals(TaskValues.of(1, 1), driver.step(0, 0));
    }

    @Test
    void restoreWithOtherWindowIsRejected() {
        StrategyState state = new DynamicWeightAverage(2, 2.0, 4).saveState();
        DynamicWeightAverage other = new DynamicWeightAverage(2, 2.0, 1);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> other.restoreState(state));

        assertEquals(
                "saved DWA state has a window of 4 steps; this strategy has 1;"
                        + " restore it with the DWA window of the run that saved it",
                error.getMessage());
    }

    @Test
    void zeroTemperatureIsRejected() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new DynamicWeightAverage(2, 0.0, 1));

        assertEquals(
                "DWA temperature is 0.0; it must be finite and > 0 (the default, from the DWA paper, is 2.0)",
                error.getMessage());
    }
}
