package io.mtlbalance.experiments.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grid search's weights are reproducible from the grid seed and sum to the task count. */
class GridWeightsTest {

    @Test
    void firstVectorsMatchHandArithmetic() {
        // new Random(7).nextDouble() returns these four values in this order.
        double u1 = 0.7306990420600421;
        double u2 = 0.7491696031336331;
        double u3 = 0.34830970303125697;
        double u4 = 0.8972771427421047;

        List<List<Double>> grid = GridWeights.draw(7, 2, 2);

        // Trial 1 takes the first two draws, trial 2 the next two; each pair is scaled to sum to T = 2.
        assertEquals(2 * u1 / (u1 + u2), grid.get(0).get(0), 1e-15);
        assertEquals(2 * u2 / (u1 + u2), grid.get(0).get(1), 1e-15);
        assertEquals(2 * u3 / (u3 + u4), grid.get(1).get(0), 1e-15);
        assertEquals(2 * u4 / (u3 + u4), grid.get(1).get(1), 1e-15);
        assertEquals(0.98752, grid.get(0).get(0), 1e-5);
    }

    @Test
    void weightsMatchIndependentDraws() {
        long seed = 20_180_711;
        int tasks = 3;
        int trials = 5;
        Random random = new Random(seed);
        List<List<Double>> expected = new ArrayList<>();
        for (int k = 0; k < trials; k++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            double c = random.nextDouble();
            double scale = tasks / (a + b + c);
            expected.add(List.of(a * scale, b * scale, c * scale));
        }

        List<List<Double>> grid = GridWeights.draw(seed, trials, tasks);

        for (int k = 0; k < trials; k++) {
            for (int task = 0; task < tasks; task++) {
                assertEquals(expected.get(k).get(task), grid.get(k).get(task), 1e-14, "trial " + (k + 1) + " task " + task);
            }
        }
    }

    @Test
    void sameSeedGivesSameWeights() {
        assertEquals(GridWeights.draw(3, 30, 10), GridWeights.draw(3, 30, 10));
    }

    @Test
    void otherSeedGivesOtherWeights() {
        assertNotEquals(GridWeights.draw(3, 30, 10), GridWeights.draw(4, 30, 10));
    }

    @Test
    void everyVectorSumsToTaskCount() {
        for (int tasks : new int[] {1, 2, 3, 10}) {
            for (List<Double> weights : GridWeights.draw(11, 30, tasks)) {
                double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
                assertEquals(tasks, sum, 1e-12, "weights " + weights);
                for (double weight : weights) {
                    assertTrue(weight > 0, "weight " + weight + " of " + weights);
                    assertTrue(weight <= tasks, "weight " + weight + " of " + weights);
                }
            }
        }
    }

    @Test
    void longerGridStartsWithShorterGrid() {
        assertEquals(GridWeights.draw(5, 4, 3), GridWeights.draw(5, 9, 3).subList(0, 4));
    }
}
