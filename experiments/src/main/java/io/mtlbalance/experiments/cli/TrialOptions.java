package io.mtlbalance.experiments.cli;

import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.engines.PyTorchEngineAdapter;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.Profile;
import io.mtlbalance.experiments.catalogue.Schedule;
import io.mtlbalance.experiments.runner.RunPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code reproduce} share: schedule, seeds, engine and data. */
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

    private static final int DEFAULT_SEEDS = 3;

    /** Resolves a plan for {@code experiment} with these options. */
    RunPlan plan(String name, ExperimentDefinition experiment, List<String> strategies, Path output) {
        Profile resolvedProfile = Profile.parse(profile);
        Schedule schedule = experiment.schedule(resolvedProfile);
        if (steps != null) {
            if (steps <= 0) {
                throw new IllegalArgumentException("--steps is " + steps + "; it must be at least 1");
            }
            schedule = new Schedule(steps, schedule.batchSize(), schedule.learningRate(),
                    Math.min(schedule.evaluationInterval(), steps), schedule.trainSize(), schedule.testSize());
        }
        int seedCount = seeds == null ? DEFAULT_SEEDS : seeds;
        if (seedCount <= 0) {
            throw new IllegalArgumentException("--seeds is " + seedCount + "; it must be at least 1");
        }
        List<Long> seedList = LongStream.rangeClosed(1, seedCount).boxed().toList();
        return new RunPlan(name, resolvedProfile, schedule, strategies, seedList, engine,
                Optional.ofNullable(data), dataSeed, options(experiment), output);
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
