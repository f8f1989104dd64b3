package io.mtlbalance.experiments.runner;

import java.util.List;

/**
 * The protocols of one run and their settings.
 *
 * @param names the protocol names, each once; empty for a run of strategies only
 * @param seeds the seeds of the grid search and the α sweep, each at least 1
 * @param gridTrials the number K of random static weight vectors of a grid search, at least 1
 * @param gridSeed the seed that draws the grid search's weights
 * @param alphas the α values of an α sweep, each finite and {@code >= 0}, none repeated
 */
public record ProtocolPlan(List<String> names, List<Long> seeds, int gridTrials, long gridSeed, List<Double> alphas) {

    /** Validates the fields, naming the command-line option of a bad value. */
    public ProtocolPlan {
        names = List.copyOf(names);
        seeds = List.copyOf(seeds);
        // Adding 0.0 turns -0.0 into 0.0, so the trial name reads alpha-sweep-0.0.
        alphas = alphas.stream().map(alpha -> alpha + 0.0).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("protocols " + names + " repeat a name; give each once");
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no protocol seeds given; --protocol-seeds must be at least 1");
        }
        for (long seed : seeds) {
            if (seed <= 0) {
                throw new IllegalArgumentException("protocol seed " + seed + " is invalid; seeds must be > 0");
            }
        }
        if (gridTrials < 1) {
            throw new IllegalArgumentException("--grid-trials is " + gridTrials + "; it must be at least 1");
        }
        checkAlphas(alphas);
    }

    private static void checkAlphas(List<Double> alphas) {
        if (alphas.isEmpty()) {
            throw new IllegalArgumentException("no alpha values given; --alphas needs at least one, for example 0,0.5,1");
        }
        for (double alpha : alphas) {
            if (!(alpha >= 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException(
                        "--alphas contains " + alpha + "; GradNorm needs finite alpha values >= 0");
            }
        }
        if (alphas.stream().distinct().count() != alphas.size()) {
            throw new IllegalArgumentException("--alphas " + alphas + " repeats a value; give each once");
        }
    }
}
