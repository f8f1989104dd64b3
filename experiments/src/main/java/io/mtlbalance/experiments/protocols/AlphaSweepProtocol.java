package io.mtlbalance.experiments.protocols;

import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.experiments.trial.PreparedStrategy;
import io.mtlbalance.experiments.trial.TrialSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GradNorm over a list of α values, with the protocol seeds, to show how the asymmetry α shapes
 * the weights and the test results. With α = 0 every task's target is the mean gradient norm, so GradNorm equalizes the norms.
 *
 * <p>Trials are named {@code alpha-sweep-ALPHA-seedN}, with α printed by
 * {@link Double#toString(double)} (0.0, 0.12, 1.5).
 */
public final class AlphaSweepProtocol implements Protocol {

    /** The name this protocol is bound under, and the strategy label of its trials. */
    public static final String NAME = "alpha-sweep";

    /** The α values swept when neither the experiment nor the user chooses others. */
    public static final List<Double> DEFAULT_ALPHAS = List.of(0.0, 0.12, 0.5, 1.0, 1.5, 2.0, 3.0);

    @Override
    public String description() {
        return "GradNorm over a list of alpha values (default 0, 0.12, 0.5, 1, 1.5, 2, 3), protocol seeds";
    }

    @Override
    public List<TrialSpec> trials(ProtocolSettings settings) {
        StrategyFactory gradNorm = settings.strategy(GradNorm.NAME);
        List<TrialSpec> trials = new ArrayList<>();
        for (long seed : settings.protocolSeeds()) {
            for (double alpha : settings.alphas()) {
                trials.add(trial(gradNorm, alpha, seed, settings.tasks().size()));
            }
        }
        return trials;
    }

    private static TrialSpec trial(StrategyFactory gradNorm, double alpha, long seed, int taskCount) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("protocol", NAME);
        properties.put("alpha", Double.toString(alpha));
        return new TrialSpec(NAME + "-" + alpha + "-seed" + seed, NAME, seed, TrialSpec.allTasks(taskCount),
                (settings, earlier) -> PreparedStrategy.of(gradNorm.create(withAlpha(settings, alpha))),
                properties);
    }

    private static StrategySettings withAlpha(StrategySettings settings, double alpha) {
        return new StrategySettings(settings.tasks(), settings.seed(), settings.options().withAlpha(alpha));
    }
}
