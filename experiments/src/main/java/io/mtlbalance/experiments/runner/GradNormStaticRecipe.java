package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.GradNormStatic;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.experiments.trial.EarlierTrials;
import io.mtlbalance.experiments.trial.MissingTrialException;
import io.mtlbalance.experiments.trial.PreparedStrategy;
import io.mtlbalance.experiments.trial.StrategyRecipe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates the {@link GradNormStatic} strategy of one seed from the time-averaged weights of the
 * finished GradNorm trial with the same seed, and records those weights as
 * {@code static.weights}.
 */
final class GradNormStaticRecipe implements StrategyRecipe {

    private final StrategyFactory factory;
    private final String trial;
    private final String gradNormTrial;

    GradNormStaticRecipe(StrategyFactory factory, long seed) {
        this.factory = factory;
        this.trial = RunLayout.trialName(GradNormStatic.NAME, seed);
        this.gradNormTrial = RunLayout.trialName(GradNorm.NAME, seed);
    }

    @Override
    public PreparedStrategy prepare(StrategySettings settings, EarlierTrials earlier) {
        Path folder = earlier.finishedFolder(gradNormTrial).orElseThrow(() -> new MissingTrialException("trial "
                + trial + " needs the time-averaged weights of trial " + gradNormTrial + ", which has status '"
                + earlier.status(gradNormTrial) + "' instead of 'finished'"));
        List<Double> weights = TimeAveragedWeights.read(folder.resolve(RunLayout.STEPS), settings.tasks());

        StrategySettings withWeights = new StrategySettings(
                settings.tasks(), settings.seed(), settings.options().withStaticWeights(weights));
        String recorded = weights.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new PreparedStrategy(factory.create(withWeights), Map.of("static.weights", recorded));
    }
}
