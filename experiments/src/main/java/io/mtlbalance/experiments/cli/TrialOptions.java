package io.mtlbalance.experiments.cli;

import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.engines.PyTorchEngineAdapter;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.Profile;
import io.mtlbalance.experiments.catalogue.ProtocolSchedule;
import io.mtlbalance.experiments.catalogue.Schedule;
import io.mtlbalance.experiments.runner.ProtocolPlan;
import io.mtlbalance.experiments.runner.RunPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code reproduce} share: schedule, seeds, protocols, engine and data. */
final class TrialOptions {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "quick",
            description = "Schedule size: tiny (smoke test), quick (minutes) or paper (longer). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--seeds", paramLabel = "N", description = "Run each strategy with seeds 1..N. Default: 3.")
    Integer seeds;

    @Option(names = "--steps", paramLabel = "N", description = "Training steps per trial, replacing the profile's.")
    Integer steps;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = PyTorchEngineAdapter.NAME,
            description = "DJL engine to train on (see 'mtlbalance list'). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's files, replacing the default source.")
    Path data;

    @Option(names = "--data-seed", paramLabel = "N", defaultValue = "1",
            description = "Seed that generates or pairs the data, the same for every trial. Default: ${DEFAULT-VALUE}.")
    long dataSeed;

    @Option(names = "--alpha", paramLabel = "A", description = "GradNorm's alpha (>= 0), replacing the experiment's.")
    Double alpha;

    @Option(names = "--weights", paramLabel = "W", split = ",",
            description = "Weights of the 'static' strategy, one per task, comma separated.")
    List<Double> weights;

    @Option(names = "--protocols", paramLabel = "NAMES", split = ",",
            description = "Protocols to add, comma separated (see 'mtlbalance list'), or 'none'."
                    + " Default: none for run, the experiment's for reproduce.")
    List<String> protocols;

    @Option(names = "--grid-trials", paramLabel = "K",
            description = "Random static weight vectors the grid-search protocol tries. Default: the experiment's.")
    Integer gridTrials;

    @Option(names = "--grid-seed", paramLabel = "N", defaultValue = "1",
            description = "Seed that draws the grid search's weights. Default: ${DEFAULT-VALUE}.")
    long gridSeed;

    @Option(names = "--alphas", paramLabel = "A", split = ",",
            description = "GradNorm alpha values of the alpha-sweep protocol, comma separated. Default: the experiment's.")
    List<Double> alphas;

    @Option(names = "--protocol-seeds", paramLabel = "N",
            description = "Run the grid search and the alpha sweep with seeds 1..N. Default: the experiment's.")
    Integer protocolSeeds;

    private static final int DEFAULT_SEEDS = 3;

    /**
     * Resolves a plan for {@code experiment} with these options.
     *
     * @param defaultProtocols the protocols to run when {@code --protocols} is not given
     */
    RunPlan plan(String name, ExperimentDefinition experiment, List<String> strategies,
            List<String> defaultProtocols, Path output) {
        Profile resolvedProfile = Profile.parse(profile);
        Schedule schedule = schedule(experiment.schedule(resolvedProfile));
        List<Long> seedList = seedList("--seeds", seeds == null ? DEFAULT_SEEDS : seeds);
        ProtocolPlan protocolPlan = protocolPlan(experiment.protocolSchedule(resolvedProfile), defaultProtocols);
        return new RunPlan(name, resolvedProfile, schedule, strategies, seedList, protocolPlan, engine,
                Optional.ofNullable(data), dataSeed, options(experiment), output);
    }

    private Schedule schedule(Schedule profileSchedule) {
        if (steps == null) {
            return profileSchedule;
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("--steps is " + steps + "; it must be at least 1");
        }
        return new Schedule(steps, profileSchedule.batchSize(), profileSchedule.learningRate(),
                Math.min(profileSchedule.evaluationInterval(), steps), profileSchedule.trainSize(),
                profileSchedule.testSize());
    }

    private ProtocolPlan protocolPlan(ProtocolSchedule defaults, List<String> defaultProtocols) {
        List<String> names = protocols == null ? defaultProtocols : protocols;
        if (names.equals(List.of("none"))) {
            names = List.of();
        }
        int protocolSeedCount = protocolSeeds == null ? defaults.protocolSeeds() : protocolSeeds;
        return new ProtocolPlan(names, seedList("--protocol-seeds", protocolSeedCount),
                gridTrials == null ? defaults.gridTrials() : gridTrials, gridSeed,
                alphas == null ? defaults.alphas() : alphas);
    }

    private static List<Long> seedList(String option, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException(option + " is " + count + "; it must be at least 1");
        }
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    private StrategyOptions options(ExperimentDefinition experiment) {
        StrategyOptions options = experiment.strategyOptions();
        if (alpha != null) {
            options = options.withAlpha(alpha);
        }
        if (weights != null) {
            options = options.withStaticWeights(weights);
        }
        return options;
    }
}
