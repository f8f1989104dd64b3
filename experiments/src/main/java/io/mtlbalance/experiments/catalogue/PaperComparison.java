package io.mtlbalance.experiments.catalogue;

import io.mtlbalance.core.balancing.DynamicWeightAverage;
import io.mtlbalance.core.balancing.EqualWeighting;
import io.mtlbalance.core.balancing.GeometricLossStrategy;
import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.GradNormStatic;
import io.mtlbalance.core.balancing.RandomLossWeighting;
import io.mtlbalance.core.balancing.UncertaintyWeighting;
import io.mtlbalance.experiments.protocols.AlphaSweepProtocol;
import io.mtlbalance.experiments.protocols.GridSearchProtocol;
import io.mtlbalance.experiments.protocols.SingleTaskProtocol;
import java.util.List;

/** The comparison {@code reproduce} runs on the built-in experiments: strategies and protocols. */
final class PaperComparison {

    /** GradNorm, its baselines and the strategies a reviewer would put beside it. */
    static final List<String> STRATEGIES = List.of(
            EqualWeighting.NAME, GradNorm.NAME, GradNormStatic.NAME, UncertaintyWeighting.NAME,
            DynamicWeightAverage.NAME, RandomLossWeighting.NAME, GeometricLossStrategy.NAME);

    /** Single-task baselines, the grid search over static weights and the α sweep. */
    static final List<String> PROTOCOLS = List.of(SingleTaskProtocol.NAME, GridSearchProtocol.NAME, AlphaSweepProtocol.NAME);

    /** The paper profile's protocols: 30 grid trials, the full α list and three protocol seeds. */
    static final ProtocolSchedule PAPER = new ProtocolSchedule(PROTOCOLS, 30, AlphaSweepProtocol.DEFAULT_ALPHAS, 3);

    /** The tiny profile's protocols: just enough of each to check that it runs end to end. */
    static final ProtocolSchedule TINY = new ProtocolSchedule(PROTOCOLS, 2, List.of(0.0, 1.5), 1);

    private PaperComparison() {}
}
