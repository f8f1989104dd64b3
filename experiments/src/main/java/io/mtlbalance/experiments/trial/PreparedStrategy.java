package io.mtlbalance.experiments.trial;

import io.mtlbalance.core.balancing.BalancingStrategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A strategy created by a {@link StrategyRecipe}, with the {@code trial.properties} entries that
 * describe the values it was created with, such as {@code static.weights}.
 *
 * @param strategy a fresh strategy for one trial
 * @param properties extra {@code trial.properties} entries, in the order given
 */
public record PreparedStrategy(BalancingStrategy strategy, Map<String, String> properties) {

    /** Copies the properties. */
    public PreparedStrategy {
        Objects.requireNonNull(strategy, "strategy");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Returns {@code strategy} with no extra properties. */
    public static PreparedStrategy of(BalancingStrategy strategy) {
        return new PreparedStrategy(strategy, Map.of());
    }
}
