package io.mtlbalance.datasets.multimnist;

import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.datasets.DatasetFactory;
import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.DatasetRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Multi-Fashion-MNIST (see {@link MultiMnistComposer} for the examples and tasks). The
 * Fashion-MNIST files come from the first of:
 *
 * <ol>
 *   <li>the request's data directory, when given; a missing folder or file there is an error,
 *       with no fallback;
 *   <li>the system folder, {@value #SYSTEM_FOLDER_NAME} by default (where the Debian package
 *       {@code dataset-fashion-mnist} installs them), when it contains all four files; present but
 *       malformed files are an error;
 *   <li>the subset bundled in this jar (the first 6,000 training and 1,000 test images), which
 *       {@link MultitaskDataset#source()} names and an INFO log line announces.
 * </ol>
 */
public final class MultiFashionFactory implements DatasetFactory {

    /** The name this factory is bound under. */
    public static final String NAME = "multi-fashion";

    /** The folder that is searched when the request gives none. */
    public static final String SYSTEM_FOLDER_NAME = "/usr/share/datasets/fashion-mnist";

    private static final Logger LOG = LoggerFactory.getLogger(MultiFashionFactory.class);

    private final Path systemFolder;

    /** Creates the factory with the system folder {@value #SYSTEM_FOLDER_NAME}. */
    public MultiFashionFactory() {
        this(Path.of(SYSTEM_FOLDER_NAME));
    }

    /**
     * Creates the factory with another system folder, searched when the request gives no data
     * directory.
     *
     * @param systemFolder the folder; it need not exist; not null
     */
    public MultiFashionFactory(Path systemFolder) {
        this.systemFolder = Objects.requireNonNull(systemFolder, "systemFolder");
    }

    @Override
    public String description() {
        return "Multi-Fashion-MNIST: two Fashion-MNIST items overlapping on a 36x36 canvas; tasks left, right"
                + " (10 classes each) and reconstruct-left (14x14 regression)";
    }

    /**
     * Reads Fashion-MNIST and composes the pairs with the request's seed and sizes.
     *
     * @throws DatasetFileException if the requested folder is missing a file, or a file that is used
     *     is unreadable or malformed
     */
    @Override
    public MultitaskDataset create(DatasetRequest request) {
        Splits splits = request.dataDirectory().map(MultiFashionFactory::readFolder).orElseGet(this::readDefault);
        String source = "Multi-Fashion-MNIST pairs (seed " + request.seed() + ") from " + splits.description();
        return MultiMnistComposer.compose(
                NAME, source, splits.train(), splits.test(), request.seed(), request.trainSize(), request.testSize());
    }

    private static Splits readFolder(Path folder) {
        MnistFiles files = MnistFiles.locate(folder);
        LOG.info("Reading Fashion-MNIST IDX files from {}", folder);
        return new Splits(
                LabelledImages.read(files.trainImages(), files.trainLabels()),
                LabelledImages.read(files.testImages(), files.testLabels()),
                "Fashion-MNIST IDX files in " + folder);
    }

    private Splits readDefault() {
        List<String> missing = MnistFiles.missingFiles(systemFolder);
        if (missing.isEmpty()) {
            return readFolder(systemFolder);
        }

        LabelledImages train = FashionMnistSubset.train();
        LabelledImages test = FashionMnistSubset.test();
        String description = "bundled Fashion-MNIST subset (" + train.count() + " train, " + test.count()
                + " test images) because " + systemFolder + "/ " + whyUnusable(missing);
        LOG.info("Using the {}; give a data directory with the full Fashion-MNIST files for full-size experiments",
                description);
        return new Splits(train, test, description);
    }

    private String whyUnusable(List<String> missing) {
        if (!Files.isDirectory(systemFolder)) {
            return "does not exist";
        }
        if (missing.size() == MnistFiles.BASE_NAMES.size()) {
            return "has no IDX files";
        }
        return "is missing " + String.join(", ", missing);
    }

    /** The two splits and where they came from. */
    private record Splits(LabelledImages train, LabelledImages test, String description) {}
}
