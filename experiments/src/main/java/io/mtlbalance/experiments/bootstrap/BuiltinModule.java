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
        int threads = Runtime.getRuntime().availableProcessors();
        engines.addBinding(PyTorchEngineAdapter.NAME).toInstance(new PyTorchEngineAdapter(threads));
        engines.addBinding(MxNetEngineAdapter.NAME).toInstance(new MxNetEngineAdapter(threads));

        MapBinder<String, Protocol> protocols = MapBinder.newMapBinder(binder(), String.class, Protocol.class);
        protocols.addBinding(SingleTaskProtocol.NAME).to(SingleTaskProtocol.class);
        protocols.addBinding(GridSearchProtocol.NAME).to(GridSearchProtocol.class);
        protocols.addBinding(AlphaSweepProtocol.NAME).to(AlphaSweepProtocol.class);
    }
}
