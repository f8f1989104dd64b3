package io.mtlbalance.experiments.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import io.mtlbalance.core.balancing.BuiltinStrategies;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.datasets.DatasetFactory;
import io.mtlbalance.datasets.multimnist.MultiFashionFactory;
import io.mtlbalance.datasets.multimnist.MultiMnistFactory;
import io.mtlbalance.datasets.toy.ToyT10Factory;
import io.mtlbalance.datasets.toy.ToyT2Factory;
import io.mtlbalance.engines.MxNetEngineAdapter;
import io.mtlbalance.engines.PyTorchEngineAdapter;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.MultiFashionExperiment;
import io.mtlbalance.experiments.catalogue.SyntheticExperiment;
import io.mtlbalance.experiments.protocols.AlphaSweepProtocol;
import io.mtlbalance.experiments.protocols.GridSearchProtocol;
import io.mtlbalance.experiments.protocols.Protocol;
import io.mtlbalance.experiments.protocols.SingleTaskProtocol;

/**
 * Binds what mtlbalance ships: every built-in strategy, the experiment catalogue, the datasets,
 * the engines and the protocols, each in a {@code MapBinder} keyed by its name. A user's module adds entries
 * to the same maps with {@code MapBinder.newMapBinder(binder(), String.class, X.class)}.
 */
public final class BuiltinModule extends AbstractModule {

    /** The experiments {@code mtlbalance reproduce} runs, in order. */
    public static final java.util.List<String> REPRODUCED_EXPERIMENTS = java.util.List.of("toy-t2", "toy-t10", "multi-fashion");

    /**
     * The engine's default intra-op thread count. The catalogue's networks are small, so a second
     * thread gains little, and when other processes share the cores, PyTorch's threads wait on
     * each other at every operation. Measured with {@code mtlbalance run} on a 2-core machine
     * (estimates from single runs): idle, 2 threads ran a toy-t2 trial as fast as 1 and a
     * Multi-Fashion trial about 1.3 times faster; with other builds running, a toy-t2 GradNorm
     * trial of 1,500 steps took about 4.5 minutes with 2 threads and 13 seconds with 1.
     */
    public static final int DEFAULT_ENGINE_THREADS = 1;

    private final int engineThreads;

    /** Creates the module with {@link #DEFAULT_ENGINE_THREADS} engine threads. */
    public BuiltinModule() {
        this(DEFAULT_ENGINE_THREADS);
    }

    /**
     * Creates the module.
     *
     * @param engineThreads intra-op threads of the PyTorch engine, at least 1
     * @throws IllegalArgumentException if {@code engineThreads} is below 1
     */
    public BuiltinModule(int engineThreads) {
        if (engineThreads < 1) {
            throw new IllegalArgumentException("--threads is " + engineThreads + "; it must be at least 1");
        }
        this.engineThreads = engineThreads;
    }

    @Override
    protected void configure() {
        MapBinder<String, StrategyFactory> strategies = MapBinder.newMapBinder(binder(), String.class, StrategyFactory.class);
        BuiltinStrategies.factories().forEach((name, factory) -> strategies.addBinding(name).toInstance(factory));

        MapBinder<String, ExperimentDefinition> experiments =
                MapBinder.newMapBinder(binder(), String.class, ExperimentDefinition.class);
        experiments.addBinding("toy-t2").toInstance(new SyntheticExperiment(ToyT2Factory.NAME, 2));
        experiments.addBinding("toy-t10").toInstance(new SyntheticExperiment(ToyT10Factory.NAME, 10));
        experiments.addBinding("multi-fashion").toInstance(new MultiFashionExperiment());

        MapBinder<String, DatasetFactory> datasets = MapBinder.newMapBinder(binder(), String.class, DatasetFactory.class);
        datasets.addBinding(ToyT2Factory.NAME).to(ToyT2Factory.class);
        datasets.addBinding(ToyT10Factory.NAME).to(ToyT10Factory.class);
        datasets.addBinding(MultiFashionFactory.NAME).to(MultiFashionFactory.class);
        datasets.addBinding(MultiMnistFactory.NAME).to(MultiMnistFactory.class);

        MapBinder<String, EngineAdapter> engines = MapBinder.newMapBinder(binder(), String.class, EngineAdapter.class);
        engines.addBinding(PyTorchEngineAdapter.NAME).toInstance(new PyTorchEngineAdapter(engineThreads));
        engines.addBinding(MxNetEngineAdapter.NAME).toInstance(new MxNetEngineAdapter(engineThreads));

        MapBinder<String, Protocol> protocols = MapBinder.newMapBinder(binder(), String.class, Protocol.class);
        protocols.addBinding(SingleTaskProtocol.NAME).to(SingleTaskProtocol.class);
        protocols.addBinding(GridSearchProtocol.NAME).to(GridSearchProtocol.class);
        protocols.addBinding(AlphaSweepProtocol.NAME).to(AlphaSweepProtocol.class);
    }
}
