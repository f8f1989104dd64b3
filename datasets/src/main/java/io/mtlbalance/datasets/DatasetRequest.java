package io.mtlbalance.datasets;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DatasetFactory} is asked to build. Build one with {@link #builder()}; the
 * canonical constructor validates the same way.
 *
 * @param dataDirectory the folder to read data files from, not null. When it is empty, each
 *     factory applies its own default: a system folder, a bundled subset, or an error for
 *     datasets that need a folder
 * @param seed the seed of the data generator or of the pair drawing; every value is allowed
 * @param trainSize the number of training examples, at least 1
 * @param testSize the number of test examples, at least 1
 */
public record DatasetRequest(Optional<Path> dataDirectory, long seed, int trainSize, int testSize) {

    /** The number of training examples when {@link Builder#trainSize(int)} is not called. */
    public static final int DEFAULT_TRAIN_SIZE = 10_000;

    /** The number of test examples when {@link Builder#testSize(int)} is not called. */
    public static final int DEFAULT_TEST_SIZE = 2_000;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the field whose value is out of range
     */
    public DatasetRequest {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        requirePositive("trainSize", trainSize);
        requirePositive("testSize", testSize);
    }

    /**
     * Returns a builder with no data directory, seed 0, {@value #DEFAULT_TRAIN_SIZE} training and
     * {@value #DEFAULT_TEST_SIZE} test examples.
     */
    public static Builder builder() {
        return new Builder();
    }

    private static void requirePositive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(
                    "invalid dataset request: " + field + " is " + value + "; it must be at least 1");
        }
    }

    /** Builds a {@link DatasetRequest}. Every setter is optional. */
    public static final class Builder {
        private Path dataDirectory;
        private long seed;
        private int trainSize = DEFAULT_TRAIN_SIZE;
        private int testSize = DEFAULT_TEST_SIZE;

        private Builder() {}

        /** Sets the folder to read data files from; null clears it. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Sets the data seed. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sets the number of training examples, at least 1. */
        public Builder trainSize(int trainSize) {
            this.trainSize = trainSize;
            return this;
        }

        /** Sets the number of test examples, at least 1. */
        public Builder testSize(int testSize) {
            this.testSize = testSize;
            return this;
        }

        /**
         * Validates the fields and builds the request.
         *
         * @throws IllegalArgumentException naming the field whose value is out of range
         */
        public DatasetRequest build() {
            return new DatasetRequest(Optional.ofNullable(dataDirectory), seed, trainSize, testSize);
        }
    }
}
