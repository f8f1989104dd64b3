package io.mtlbalance.core.balancing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strategies that ship with mtlbalance, for the Guice module that binds them by name.
 * Each factory creates a fresh strategy per trial.
 */
public final class BuiltinStrategies {

    private BuiltinStrategies() {}

    /**
     * Returns a factory for every built-in strategy, keyed by the strategy's {@code NAME}, in a
     * fixed order: the baselines first, then GradNorm, then the other strategies in the order
     * of their papers' years. The map is unmodifiable and newly built on every call.
     */
    public static Map<String, StrategyFactory> factories() {
        Map<String, StrategyFactory> factories = new LinkedHashMap<>();
        factories.put(EqualWeighting.NAME, new EqualWeighting.Factory());
        factories.put(StaticWeighting.NAME, new StaticWeighting.Factory());
        factories.put(GradNorm.NAME, new GradNorm.Factory());
        factories.put(GradNormStatic.NAME, new GradNormStatic.Factory());
        factories.put(UncertaintyWeighting.NAME, new UncertaintyWeighting.Factory());
        factories.put(DynamicWeightAverage.NAME, new DynamicWeightAverage.Factory());
        factories.put(GeometricLossStrategy.NAME, new GeometricLossStrategy.Factory());
        factories.put(RandomLossWeighting.NAME, new RandomLossWeighting.Factory());
        return Collections.unmodifiableMap(factories);
    }
}
