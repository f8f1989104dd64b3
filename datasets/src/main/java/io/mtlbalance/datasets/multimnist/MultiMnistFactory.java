package io.mtlbalance.datasets.multimnist;

import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.datasets.DatasetFactory;
import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.DatasetRequest;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Multi-MNIST from the MNIST digit files in the request's data directory (see
 * {@link MultiMnistComposer} for the examples and tasks). No MNIST copy is bundled or searched
 * for, so the data directory is required.
 */
public final class MultiMnistFactory implements DatasetFactory {

    /** The name this factory is bound under. */
    public static final String NAME = "multi-mnist";

    private static final Logger LOG = LoggerFactory.getLogger(MultiMnistFactory.class);

    /** Creates the factory. */
    public MultiMnistFactory() {}

    @Override
    public String description() {
        return "Multi-MNIST: two MNIST digits overlapping on a 36x36 canvas; tasks left, right (10 classes each)"
                + " and reconstruct-left (14x14 regression); needs a data directory with the MNIST IDX files";
    }

    /**
     * Reads MNIST from the request's data directory and composes the pairs with its seed and sizes.
     *
     * @throws IllegalArgumentException if the request gives no data directory
     * @throws DatasetFileException if the folder is missing a file, or a file is unreadable or malformed
     */
    @Override
    public MultitaskDataset create(DatasetRequest request) {
        Path folder = request.dataDirectory().orElseThrow(() -> new IllegalArgumentException("dataset '" + NAME
                + "' needs a data directory, but the request gives none; set it to a folder containing the MNIST files "
                + String.join(", ", MnistFiles.BASE_NAMES) + " (plain or .gz)"));
        MnistFiles files = MnistFiles.locate(folder);
        LOG.info("Reading MNIST IDX files from {}", folder);

        LabelledImages train = LabelledImages.read(files.trainImages(), files.trainLabels());
        LabelledImages test = LabelledImages.read(files.testImages(), files.testLabels());
        String source = "Multi-MNIST pairs (seed " + request.seed() + ") from MNIST IDX files in " + folder;
        return MultiMnistComposer.compose(
                NAME, source, train, test, request.seed(), request.trainSize(), request.testSize());
    }
}
