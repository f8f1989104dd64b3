package io.mtlbalance.datasets.toy;

import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.datasets.DatasetRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The creation steps the toy factories share. */
final class ToyDatasets {

    private static final Logger LOG = LoggerFactory.getLogger(ToyDatasets.class);

    private ToyDatasets() {}

    /** Returns the one-line description of a toy dataset with {@code config} for {@code mtlbalance list}. */
    static String describe(ToyRegressionConfig config) {
        String scales = config.drawsSigmas()
                ? "drawn log-uniformly from [" + config.sigmaMin() + ", " + config.sigmaMax() + "]"
                : config.fixedSigmas().toString();
        return "GradNorm paper synthetic regression: " + config.taskCount() + " tasks t1..t" + config.taskCount()
                + " with scales sigma " + scales + ", " + config.inputSize() + " inputs, " + config.outputSize()
                + " outputs per task";
    }

    /**
     * Generates the dataset {@code name} from {@code config} with the request's seed and sizes.
     *
     * @throws IllegalArgumentException if the request names a data directory, because the toy
     *     data is generated and a folder there is a mistake worth reporting
     */
    static MultitaskDataset create(String name, ToyRegressionConfig config, DatasetRequest request) {
        if (request.dataDirectory().isPresent()) {
            throw new IllegalArgumentException("dataset '" + name + "' is generated and reads no files, but the request"
                    + " names the data directory " + request.dataDirectory().get() + "; remove the data directory");
        }
        ToyRegression toy = ToyRegression.generate(config, request.seed(), request.trainSize(), request.testSize());
        LOG.info("Generated dataset {}: {} training and {} test examples from {}",
                name, request.trainSize(), request.testSize(), toy.source());
        return toy.toDataset(name);
    }
}
