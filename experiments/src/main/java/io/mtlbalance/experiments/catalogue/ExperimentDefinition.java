package io.mtlbalance.experiments.catalogue;

import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.model.MultitaskModel;
import java.util.List;

/**
 * One experiment of the catalogue: which dataset, which network, which schedule per profile,
 * which strategy options and which comparison {@code mtlbalance reproduce} runs. Definitions are bound by name in a Guice
 * {@code MapBinder<String, ExperimentDefinition>}; a user's module can add more.
 */
public interface ExperimentDefinition {

    /** Returns a one-line description for {@code mtlbalance list}. */
    String description();

    /** Returns the name of the dataset factory this experiment reads. */
    String dataset();

    /** Returns the schedule of {@code profile}. */
    Schedule schedule(Profile profile);

    /** Returns the strategy options, such as GradNorm's α. */
    StrategyOptions strategyOptions();

    /**
     * Returns the strategies that {@code reproduce} compares on this experiment, and that
     * {@code run} uses when no {@code --strategies} are given.
     */
    List<String> defaultStrategies();

    /**
     * Returns the protocols {@code reproduce} runs under {@code profile} and their sizes. The
     * default runs no protocol.
     */
    default ProtocolSchedule protocolSchedule(Profile profile) {
        return ProtocolSchedule.none();
    }

    /**
     * Builds a fresh, uninitialized network for {@code dataset}: one head per task, in task
     * order.
     */
    MultitaskModel buildModel(MultitaskDataset dataset);
}
