package io.mtlbalance.experiments.protocols;

import io.mtlbalance.core.balancing.StaticWeighting;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.experiments.trial.PreparedStrategy;
import io.mtlbalance.experiments.trial.TrialSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The grid search of the GradNorm paper (Chen et al., ICML 2018): K trials with static weights
 * drawn at random by {@link GridWeights} from the grid seed, each trained for the same number of
 * steps as GradNorm, with the protocol seeds. The paper compares GradNorm with the best of these
 * trials.
 *
 * <p>Trials are named {@code grid-search-KK-seedN} with k = 01, 02, ... and record their
 * weights as {@code static.weights} in {@code trial.properties}.
 */
public final class GridSearchProtocol implements Protocol {

    /** The name this protocol is bound under, and the strategy label of its trials. */
    public static final String NAME = "grid-search";

    @Override
    public String description() {
        return "K trials with random static weights summing to T, protocol seeds (grid search, Chen et al., ICML 2018)";
    }

    @Override
    public List<TrialSpec> trials(ProtocolSettings settings) {
        int taskCount = settings.tasks().size();
        List<List<Double>> grid = GridWeights.draw(settings.gridSeed(), settings.gridTrials(), taskCount);
        StrategyFactory staticWeights = settings.strategy(StaticWeighting.NAME);

        List<TrialSpec> trials = new ArrayList<>();
        for (long seed : settings.protocolSeeds()) {
            for (int k = 1; k <= grid.size(); k++) {
                trials.add(trial(staticWeights, k, grid.get(k - 1), seed, taskCount));
            }
        }
        return trials;
    }

    private static TrialSpec trial(StrategyFactory factory, int k, List<Double> weights, long seed, int taskCount) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("protocol", NAME);
        properties.put("grid.index", String.valueOf(k));
        properties.put("static.weights", weights.stream().map(String::valueOf).collect(Collectors.joining(",")));
        String name = String.format(Locale.ROOT, "%s-%02d-seed%d", NAME, k, seed);
        return new TrialSpec(name, NAME, seed, TrialSpec.allTasks(taskCount),
                (settings, earlier) -> PreparedStrategy.of(factory.create(withWeights(settings, weights))),
                properties);
    }

    private static StrategySettings withWeights(StrategySettings settings, List<Double> weights) {
        return new StrategySettings(settings.tasks(), settings.seed(), settings.options().withStaticWeights(weights));
    }
}
