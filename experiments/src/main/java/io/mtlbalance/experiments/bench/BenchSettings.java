package io.mtlbalance.experiments.bench;

/**
 * How long the benchmark measures.
 *
 * @param warmupSteps untimed steps per contender before measuring, so the JIT and the engine's
 *     allocator settle
 * @param repeats timed rounds; each round runs every contender once, in turn
 * @param stepsPerRepeat steps per contender and round
 */
public record BenchSettings(int warmupSteps, int repeats, int stepsPerRepeat) {

    /** Returns the settings of {@code bench --quick}, which finishes in a few minutes on 2 cores. */
    public static BenchSettings quick() {
        return new BenchSettings(30, 5, 40);
    }

    /** Returns the settings of the full benchmark. */
    public static BenchSettings full() {
        return new BenchSettings(100, 9, 100);
    }
}
