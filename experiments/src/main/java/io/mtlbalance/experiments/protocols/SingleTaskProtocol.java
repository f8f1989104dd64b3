package io.mtlbalance.experiments.protocols;

import io.mtlbalance.core.balancing.EqualWeighting;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.experiments.trial.PreparedStrategy;
import io.mtlbalance.experiments.trial.TrialSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-task baselines: one network per task, with the same trunk and head as the multitask
 * network, trained on that task alone with every seed of the run. Their test metrics are the
 * reference that Δm (the mean relative change of each task's metric against its single-task
 * network) is computed from.
 *
 * <p>Trials are named {@code single-task-TASK-seedN}; their records hold that task's rows only.
 */
public final class SingleTaskProtocol implements Protocol {

    /** The name this protocol is bound under, and the strategy label of its trials. */
    public static final String NAME = "single-task";

    @Override
    public String description() {
        return "one network per task (same trunk and head), every seed; the reference for delta-m";
    }

    @Override
    public List<TrialSpec> trials(ProtocolSettings settings) {
        List<TrialSpec> trials = new ArrayList<>();
        for (long seed : settings.seeds()) {
            for (int index = 0; index < settings.tasks().size(); index++) {
                trials.add(trial(settings, settings.tasks().get(index), index, seed));
            }
        }
        return trials;
    }

    private static TrialSpec trial(ProtocolSettings settings, Task task, int index, long seed) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("protocol", NAME);
        properties.put("single.task", task.name());
        // With one task, equal weighting trains on the plain task loss.
        StrategyFactory equal = settings.strategy(EqualWeighting.NAME);
        return new TrialSpec(NAME + "-" + task.name() + "-seed" + seed, NAME, seed, List.of(index),
                (trialSettings, earlier) -> PreparedStrategy.of(equal.create(trialSettings)), properties);
    }
}
