package io.mtlbalance.datasets.toy;

import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.datasets.DatasetFactory;
import io.mtlbalance.datasets.DatasetRequest;
import java.util.Objects;

/**
 * Creates the GradNorm paper's synthetic regression with T=10 tasks whose scales are drawn
 * log-uniformly from [1, 100] with the request's seed.
 */
public final class ToyT10Factory implements DatasetFactory {

    /** The name this factory is bound under. */
    public static final String NAME = "toy-t10";

    private final ToyRegressionConfig config;

    /** Creates the factory with {@link ToyRegressionConfig#paperTenTasks()}. */
    public ToyT10Factory() {
        this(ToyRegressionConfig.paperTenTasks());
    }

    /**
     * Creates the factory with other settings, such as another scale range.
     *
     * @param config settings with exactly 10 tasks; not null
     * @throws IllegalArgumentException if the config has another task count
     */
    public ToyT10Factory(ToyRegressionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.taskCount() != 10) {
            throw new IllegalArgumentException(
                    NAME + " needs a config with 10 tasks, got " + config.taskCount() + "; use ToyT2Factory for 2");
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
