package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.experiments.catalogue.Profile;
import io.mtlbalance.experiments.catalogue.Schedule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run needs, resolved from the command line and the experiment's defaults.
 *
 * @param experiment the experiment's name in the catalogue
 * @param profile the profile the schedule came from
 * @param schedule the schedule after command-line overrides
 * @param strategies the strategy names, each run once per seed
 * @param seeds the trial seeds; each seeds initialization, batch order and random weighting
 * @param protocols the protocols whose trials follow the strategy trials, and their settings
 * @param engine the engine's name
 * @param dataDirectory a folder of dataset files chosen by the user, if any
 * @param dataSeed the seed the dataset is generated or paired with, the same for every trial
 * @param options the strategy options
 * @param output the run directory
 */
public record RunPlan(
        String experiment,
        Profile profile,
        Schedule schedule,
        List<String> strategies,
        List<Long> seeds,
        ProtocolPlan protocols,
        String engine,
        Optional<Path> dataDirectory,
        long dataSeed,
        StrategyOptions options,
        Path output) {

    /** Validates the fields that the command line cannot check by type. */
    public RunPlan {
        java.util.Objects.requireNonNull(protocols, "protocols");
        strategies = List.copyOf(strategies);
        seeds = List.copyOf(seeds);
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("no strategies given; name at least one, for example --strategies equal,gradnorm");
        }
        if (strategies.stream().distinct().count() != strategies.size()) {
            throw new IllegalArgumentException("strategies " + strategies + " repeat a name; give each once");
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seeds given; --seeds must be at least 1");
        }
        for (long seed : seeds) {
            if (seed <= 0) {
                throw new IllegalArgumentException("seed " + seed + " is invalid; seeds must be > 0");
            }
        }
    }
}
