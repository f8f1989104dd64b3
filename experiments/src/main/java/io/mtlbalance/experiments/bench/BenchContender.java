package io.mtlbalance.experiments.bench;

import io.mtlbalance.core.training.GradientProbeMode;

/**
 * One column of the benchmark: a bound strategy and the probe mode it runs with.
 *
 * @param label the name in {@code bench.csv}
 * @param strategy the bound strategy's name
 * @param probeMode how gradient norms are measured
 */
public record BenchContender(String label, String strategy, GradientProbeMode probeMode) {

    /** The contenders of the benchmark: equal weighting first, since every ratio divides by it. */
    public static java.util.List<BenchContender> standard() {
        return java.util.List.of(
                new BenchContender("equal", "equal", GradientProbeMode.SHARED_LAYER),
                new BenchContender("gradnorm", "gradnorm", GradientProbeMode.SHARED_LAYER),
                new BenchContender("uncertainty", "uncertainty", GradientProbeMode.SHARED_LAYER),
                new BenchContender("gradnorm-bruteforce", "gradnorm", GradientProbeMode.BRUTE_FORCE));
    }
}
