package io.mtlbalance.datasets;

import io.mtlbalance.core.data.MultitaskDataset;

/**
 * Creates a {@link MultitaskDataset} from a {@link DatasetRequest}. Factories are bound by name
 * in a Guice {@code MapBinder<String, DatasetFactory>}; each implementation owns its name as a
 * public {@code NAME} constant. Implementations are stateless and thread-safe.
 */
public interface DatasetFactory {

    /** Returns a one-line description for {@code mtlbalance list}: the data and its tasks. */
    String description();

    /**
     * Creates the dataset. The same request gives the same examples in the same order.
     *
     * @param request the seed, split sizes and data folder; not null
     * @return the dataset, with both splits in memory
     * @throws IllegalArgumentException if the request does not suit this dataset, naming the field
     * @throws DatasetFileException if a data file or folder is missing, unreadable or malformed,
     *     naming the file
     */
    MultitaskDataset create(DatasetRequest request);
}
