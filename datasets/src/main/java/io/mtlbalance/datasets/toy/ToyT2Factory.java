package io.mtlbalance.datasets.toy;

import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.datasets.DatasetFactory;
import io.mtlbalance.datasets.DatasetRequest;
import java.util.Objects;

/** Creates the GradNorm paper's synthetic regression with T=2 tasks and scales (1, 100). */
public final class ToyT2Factory implements DatasetFactory {

    /** The name this factory is bound under. */
    public static final String NAME = "toy-t2";

    private final ToyRegressionConfig config;

    /** Creates the factory with {@link ToyRegressionConfig#paperTwoTasks()}. */
    public ToyT2Factory() {
        this(ToyRegressionConfig.paperTwoTasks());
    }

    /**
     * Creates the factory with other settings, such as another input scale.
     *
     * @param config settings with exactly 2 tasks; not null
     * @throws IllegalArgumentException if the config has another task count
     */
    public ToyT2Factory(ToyRegressionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.taskCount() != 2) {
            throw new IllegalArgumentException(
                    NAME + " needs a config with 2 tasks, got " + config.taskCount() + "; use ToyT10Factory for 10");
        }
    }

    @Override
    public String description() {
        return ToyDatasets.describe(config);
    }

    /**
     * Generates the data from the request's seed and sizes.
     *
     * @throws IllegalArgumentException if the request names a data directory
     */
    @Override
    public MultitaskDataset create(DatasetRequest request) {
        return ToyDatasets.create(NAME, config, request);
    }
}
