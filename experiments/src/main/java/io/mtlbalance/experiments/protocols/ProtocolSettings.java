package io.mtlbalance.experiments.protocols;

import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.task.Task;
import java.util.List;
import java.util.Map;

/**
 * The inputs from which a {@link Protocol} lists its trials.
 *
 * @param tasks the tasks of the run's dataset, in order
 * @param seeds the run's seeds, which single-task baselines use
 * @param protocolSeeds the seeds of the costlier protocols (grid search, α sweep), usually fewer
 * @param gridTrials the number K of random static weight vectors a grid search tries, at least 1
 * @param gridSeed the seed of the generator that draws the grid search's weights
 * @param alphas the α values of an α sweep, each finite and {@code >= 0}, none repeated
 * @param strategies the strategy factories by name
 */
public record ProtocolSettings(
        List<Task> tasks,
        List<Long> seeds,
        List<Long> protocolSeeds,
        int gridTrials,
        long gridSeed,
        List<Double> alphas,
        Map<String, StrategyFactory> strategies) {

    /** Copies the collections. */
    public ProtocolSettings {
        tasks = List.copyOf(tasks);
        seeds = List.copyOf(seeds);
        protocolSeeds = List.copyOf(protocolSeeds);
        alphas = List.copyOf(alphas);
        strategies = Map.copyOf(strategies);
    }

    /**
     * Returns the strategy factory bound as {@code name}.
     *
     * @throws IllegalArgumentException naming the protocol's need when no factory has that name
     */
    public StrategyFactory strategy(String name) {
        StrategyFactory factory = strategies.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no strategy is bound as '" + name
                    + "', which a protocol of this run needs; bind it again if a module removed it");
        }
        return factory;
    }
}
