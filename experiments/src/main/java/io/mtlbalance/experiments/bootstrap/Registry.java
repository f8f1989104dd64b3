package io.mtlbalance.experiments.bootstrap;

import com.google.inject.Inject;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.datasets.DatasetFactory;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.protocols.Protocol;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything bound by name: strategies, experiments, datasets, engines and protocols. The Guice map
 * bindings are the single source for {@code mtlbalance list}, for validating names and for
 * dispatch; an unknown name is rejected with the list of known ones.
 */
public final class Registry {

    private final Map<String, StrategyFactory> strategies;
    private final Map<String, ExperimentDefinition> experiments;
    private final Map<String, DatasetFactory> datasets;
    private final Map<String, EngineAdapter> engines;
    private final Map<String, Protocol> protocols;

    /** Receives the five maps from Guice; each is copied in name order. */
    @Inject
    public Registry(
            Map<String, StrategyFactory> strategies,
            Map<String, ExperimentDefinition> experiments,
            Map<String, DatasetFactory> datasets,
            Map<String, EngineAdapter> engines,
            Map<String, Protocol> protocols) {
        this.strategies = new TreeMap<>(strategies);
        this.experiments = new TreeMap<>(experiments);
        this.datasets = new TreeMap<>(datasets);
        this.engines = new TreeMap<>(engines);
        this.protocols = new TreeMap<>(protocols);
    }

    /** Returns the strategy factories by name. */
    public Map<String, StrategyFactory> strategies() {
        return java.util.Collections.unmodifiableMap(strategies);
    }

    /** Returns the experiments by name. */
    public Map<String, ExperimentDefinition> experiments() {
        return java.util.Collections.unmodifiableMap(experiments);
    }

    /** Returns the dataset factories by name. */
    public Map<String, DatasetFactory> datasets() {
        return java.util.Collections.unmodifiableMap(datasets);
    }

    /** Returns the engine adapters by name. */
    public Map<String, EngineAdapter> engines() {
        return java.util.Collections.unmodifiableMap(engines);
    }

    /** Returns the protocols by name. */
    public Map<String, Protocol> protocols() {
        return java.util.Collections.unmodifiableMap(protocols);
    }

    /** Returns the strategy factory {@code name}, or throws naming the known strategies. */
    public StrategyFactory strategy(String name) {
        return lookup("strategy", strategies, name);
    }

    /** Returns the experiment {@code name}, or throws naming the known experiments. */
    public ExperimentDefinition experiment(String name) {
        return lookup("experiment", experiments, name);
    }

    /** Returns the dataset factory {@code name}, or throws naming the known datasets. */
    public DatasetFactory dataset(String name) {
        return lookup("dataset", datasets, name);
    }

    /** Returns the engine adapter {@code name}, or throws naming the known engines. */
    public EngineAdapter engine(String name) {
        return lookup("engine", engines, name);
    }

    /** Returns the protocol {@code name}, or throws naming the known protocols. */
    public Protocol protocol(String name) {
        return lookup("protocol", protocols, name);
    }

    private static <T> T lookup(String kind, Map<String, T> bound, String name) {
        T value = bound.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    "unknown " + kind + " '" + name + "'; known: " + String.join(", ", bound.keySet()));
        }
        return value;
    }
}
