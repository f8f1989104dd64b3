package io.mtlbalance.core.balancing;

/**
 * Adam (Kingma and Ba, ICLR 2015) on a small vector of doubles, such as learned task weights:
 * {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2},
 * {@code x -= lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)} with b1 0.9, b2 0.999, eps 1e-8.
 * Its moments and step count are part of a strategy's checkpointed state.
 */
final class VectorAdam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private double[] firstMoment;
    private double[] secondMoment;
    private long steps;

    VectorAdam(int size, double learningRate) {
        this.learningRate = learningRate;
        this.firstMoment = new double[size];
        this.secondMoment = new double[size];
    }

    /** Moves {@code values} one Adam step against {@code gradient}, in place. */
    void step(double[] values, double[] gradient) {
        steps++;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = 1 - Math.pow(BETA2, steps);
        for (int i = 0; i < values.length; i++) {
            firstMoment[i] = BETA1 * firstMoment[i] + (1 - BETA1) * gradient[i];
            secondMoment[i] = BETA2 * secondMoment[i] + (1 - BETA2) * gradient[i] * gradient[i];
            double mean = firstMoment[i] / correction1;
            double variance = secondMoment[i] / correction2;
            values[i] -= learningRate * mean / (Math.sqrt(variance) + EPSILON);
        }
    }

    /** Adds the optimizer's state to {@code state} under names that start with {@code prefix}. */
    void save(StrategyState.Builder state, String prefix) {
        state.put(prefix + "adam-m", firstMoment);
        state.put(prefix + "adam-v", secondMoment);
        state.put(prefix + "adam-steps", steps);
    }

    /** Restores what {@link #save} stored. */
    void restore(StrategyState state, String prefix) {
        double[] m = state.vector(prefix + "adam-m");
        double[] v = state.vector(prefix + "adam-v");
        if (m.length != firstMoment.length || v.length != secondMoment.length) {
            throw new IllegalArgumentException(
                    "saved Adam state has " + m.length + " values; this strategy has " + firstMoment.length + " tasks");
        }
        firstMoment = m;
        secondMoment = v;
        steps = (long) state.vector(prefix + "adam-steps")[0];
    }
}
