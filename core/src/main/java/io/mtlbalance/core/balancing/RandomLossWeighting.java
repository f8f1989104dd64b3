package io.mtlbalance.core.balancing;

import java.util.SplittableRandom;

/**
 * Random loss weighting (Lin et al., "Reasonable Effectiveness of Random Weighting: A Litmus
 * Test for Multi-Task Learning", TMLR 2022).
 *
 * <p>Each step draws {@code z ~ N(0, I_T)} and applies {@code w = T * softmax(z)}, whatever
 * the losses are. The paper compares several distributions for {@code z}. This class uses the
 * standard normal, the paper's default.
 *
 * <p>Randomness: a {@link SplittableRandom} seeded with {@link StrategySettings#seed()}. Each
 * normal value comes from two of its {@code nextDouble()} values by the Box-Muller transform,
 * computed with {@link StrictMath}, so the weights of a seed are the same on every JVM. A step
 * consumes exactly {@code 2T} uniform values.
 *
 * <p>Hyperparameters: none. Sum convention: the weights sum to T.
 *
 * <p>Deviation from the paper: the paper's weights sum to 1. Scaling them by T keeps the loss
 * on the scale of equal weighting and of the other strategies here, which is the same as
 * multiplying the network's learning rate by T under plain SGD.
 *
 * <p>Limitations: {@link #restoreState} replays the generator from the seed, so restoring after
 * n steps costs {@code 2nT} draws, about 4 to 6 ms per million draws with OpenJDK 17 on a
 * shared 2-core machine.
 */
public final class RandomLossWeighting implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "rlw";

    private final int taskCount;
    private final long seed;
    private SplittableRandom random;
    private long steps;

    /**
     * Creates random loss weighting.
     *
     * @param taskCount the number of tasks T, at least 1
     * @param seed the seed of the generator, usually the trial's seed
     */
    public RandomLossWeighting(int taskCount, long seed) {
        WeightMath.requirePositiveTaskCount(taskCount, NAME);
        this.taskCount = taskCount;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement measurement() {
        return Measurement.LOSSES;
    }

    /** Returns {@code T * softmax(z)} for the next draw z; the losses only set the task count. */
    @Override
    public TaskValues weigh(StepLosses losses) {
        WeightMath.requireTaskCount(losses, taskCount, NAME);
        double[] draws = new double[taskCount];
        for (int i = 0; i < taskCount; i++) {
            draws[i] = nextStandardNormal();
        }
        steps++;
        return TaskValues.of(WeightMath.scaledSoftmax(draws, taskCount));
    }

    private double nextStandardNormal() {
        // 1 - u lies in (0, 1], so the logarithm is finite.
        double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()));
        double angle = 2 * StrictMath.PI * random.nextDouble();
        return radius * StrictMath.cos(angle);
    }

    @Override
    public StrategyState saveState() {
        return StrategyState.builder()
                .put("seed-halves", seed >>> 32, seed & 0xFFFF_FFFFL)
                .put("steps", steps)
                .build();
    }

    /**
     * Restores the step count and replays the generator to it.
     *
     * @throws IllegalArgumentException if the snapshot was taken with another seed
     */
    @Override
    public void restoreState(StrategyState state) {
        double[] halves = state.vector("seed-halves");
        long savedSeed = ((long) halves[0] << 32) | (long) halves[1];
        if (savedSeed != seed) {
            throw new IllegalArgumentException(
                    "saved RLW state was drawn with seed " + savedSeed + "; this strategy has seed " + seed
                            + "; restore it into a trial with the seed of the run that saved it");
        }
        long savedSteps = (long) state.vector("steps")[0];

        random = new SplittableRandom(seed);
        for (long draw = 0; draw < 2 * savedSteps * taskCount; draw++) {
            random.nextDouble();
        }
        steps = savedSteps;
    }

    /** Creates {@link RandomLossWeighting} for each trial, seeded with the trial's seed. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "T * softmax of standard normal draws each step (random loss weighting, Lin et al., TMLR 2022)";
        }

        @Override
        public BalancingStrategy create(StrategySettings settings) {
            return new RandomLossWeighting(settings.taskCount(), settings.seed());
        }
    }
}
