package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.GradNormStatic;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.experiments.trial.EarlierTrials;
import io.mtlbalance.experiments.trial.PreparedStrategy;
import io.mtlbalance.experiments.trial.StrategyRecipe;
import io.mtlbalance.experiments.trial.TrialSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The trials of plain strategies: each strategy once per seed, seed by seed, named
 * {@code STRATEGY-seedN}. Within a seed, {@code gradnorm} runs before {@code gradnorm-static},
 * which averages gradnorm's weights.
 */
final class StrategyTrials {

    private StrategyTrials() {}

    /** Returns the strategy trials of a run on {@code taskCount} tasks. */
    static List<TrialSpec> specs(
            List<String> strategies, List<Long> seeds, int taskCount, Function<String, StrategyFactory> factories) {
        List<String> ordered = gradNormFirst(strategies);
        List<TrialSpec> specs = new ArrayList<>();
        for (long seed : seeds) {
            for (String strategy : ordered) {
                StrategyRecipe recipe = recipe(strategy, seed, factories.apply(strategy));
                specs.add(new TrialSpec(RunLayout.trialName(strategy, seed), strategy, seed,
                        TrialSpec.allTasks(taskCount), recipe, Map.of("protocol", "strategy")));
            }
        }
        return specs;
    }

    /**
     * Rejects a run with {@code gradnorm-static} but without {@code gradnorm}, unless the run
     * directory already contains a finished gradnorm trial for every seed.
     *
     * @throws IllegalArgumentException naming the first seed without a gradnorm trial
     */
    static void checkGradNormAvailable(List<String> strategies, List<Long> seeds, EarlierTrials earlier) {
        if (!strategies.contains(GradNormStatic.NAME) || strategies.contains(GradNorm.NAME)) {
            return;
        }
        for (long seed : seeds) {
            String gradNormTrial = RunLayout.trialName(GradNorm.NAME, seed);
            if (earlier.finishedFolder(gradNormTrial).isEmpty()) {
                throw new IllegalArgumentException("strategy '" + GradNormStatic.NAME + "' retrains with the"
                        + " time-averaged weights of trial " + gradNormTrial + ", but this run does not include "
                        + GradNorm.NAME + " and the output directory contains no finished " + gradNormTrial
                        + "; include gradnorm, for example --strategies " + GradNorm.NAME + "," + GradNormStatic.NAME);
            }
        }
    }

    /** Moves gradnorm-static right after gradnorm when it was listed before it. */
    private static List<String> gradNormFirst(List<String> strategies) {
        int gradNorm = strategies.indexOf(GradNorm.NAME);
        int gradNormStatic = strategies.indexOf(GradNormStatic.NAME);
        if (gradNorm < 0 || gradNormStatic < 0 || gradNormStatic > gradNorm) {
            return strategies;
        }
        List<String> ordered = new ArrayList<>(strategies);
        ordered.remove(GradNormStatic.NAME);
        ordered.add(ordered.indexOf(GradNorm.NAME) + 1, GradNormStatic.NAME);
        return ordered;
    }

    private static StrategyRecipe recipe(String strategy, long seed, StrategyFactory factory) {
        if (strategy.equals(GradNormStatic.NAME)) {
            return new GradNormStaticRecipe(factory, seed);
        }
        return (settings, earlier) -> PreparedStrategy.of(factory.create(settings));
    }
}
