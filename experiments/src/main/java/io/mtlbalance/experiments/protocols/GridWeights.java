package io.mtlbalance.experiments.protocols;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The random static weights of the grid search in the GradNorm paper (Chen et al., ICML 2018):
 * each weight drawn uniformly from (0, 1), then the vector renormalized to sum to the task
 * count T.
 *
 * <p>Draws come from {@code java.util.Random(seed)} in a fixed order: the T values of trial 1,
 * then those of trial 2, and so on, where a draw of exactly 0 (possible from
 * {@link Random#nextDouble()}) is discarded and drawn again. So trial k's weights depend only on
 * the seed and k, and a grid of K trials is the start of any longer grid with the same seed.
 */
public final class GridWeights {

    private GridWeights() {}

    /**
     * Draws {@code trials} weight vectors of {@code taskCount} weights each.
     *
     * @param seed the generator's seed
     * @param trials the number of vectors K, at least 1
     * @param taskCount the number of tasks T, at least 1
     * @return K vectors in trial order; each weight is greater than 0 and at most T (exactly T
     *     only when T = 1), and each vector sums to T up to rounding
     * @throws IllegalArgumentException if {@code trials} or {@code taskCount} is below 1
     */
    public static List<List<Double>> draw(long seed, int trials, int taskCount) {
        if (trials < 1) {
            throw new IllegalArgumentException("grid search trials is " + trials + "; it must be at least 1");
        }
        if (taskCount < 1) {
            throw new IllegalArgumentException("task count is " + taskCount + "; it must be at least 1");
        }
        Random random = new Random(seed);
        List<List<Double>> grid = new ArrayList<>(trials);
        for (int trial = 0; trial < trials; trial++) {
            grid.add(vector(random, taskCount));
        }
        return grid;
    }

    private static List<Double> vector(Random random, int taskCount) {
        double[] draws = new double[taskCount];
        double sum = 0;
        for (int task = 0; task < taskCount; task++) {
            draws[task] = openUnitDraw(random);
            sum += draws[task];
        }
        List<Double> weights = new ArrayList<>(taskCount);
        for (double draw : draws) {
            weights.add(taskCount * draw / sum);
        }
        return List.copyOf(weights);
    }

    private static double openUnitDraw(Random random) {
        double draw = random.nextDouble();
        while (draw == 0) {
            draw = random.nextDouble();
        }
        return draw;
    }
}
