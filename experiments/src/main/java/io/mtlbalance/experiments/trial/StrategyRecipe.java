package io.mtlbalance.experiments.trial;

import io.mtlbalance.core.balancing.StrategySettings;

/**
 * Creates the strategy of one trial. The runner calls it when the trial starts or resumes, after
 * every trial listed before it has ended, so a recipe may read the records of an earlier trial,
 * as GradNorm static reads GradNorm's weights.
 */
@FunctionalInterface
public interface StrategyRecipe {

    /**
     * Creates a fresh strategy for one trial.
     *
     * @param settings the tasks of the trial's dataset view, the trial's seed and the run's
     *     strategy options
     * @param earlier the trials of the run directory that ended before this one
     * @return the strategy and any {@code trial.properties} entries that describe it
     * @throws MissingTrialException when an earlier trial the recipe reads has not finished; the
     *     runner then skips this trial and goes on
     * @throws IllegalArgumentException when the options do not suit the strategy
     */
    PreparedStrategy prepare(StrategySettings settings, EarlierTrials earlier);
}
