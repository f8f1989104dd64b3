package io.mtlbalance.datasets.multimnist;

import io.mtlbalance.datasets.idx.IdxSource;

/**
 * The Fashion-MNIST subset bundled in this module's jar: the first 6,000 training and first
 * 1,000 test images of Fashion-MNIST with their labels, in the original gzip-compressed IDX
 * format, written by {@link FashionMnistSubsetWriter}. Fashion-MNIST is (c) 2017 Zalando SE
 * under the MIT licence, whose text lies next to the files.
 */
final class FashionMnistSubset {

    /** The class-path folder of the four files. */
    static final String RESOURCE_FOLDER = "io/mtlbalance/datasets/fashion-mnist-subset/";

    private FashionMnistSubset() {}

    /** Reads the training split. */
    static LabelledImages train() {
        return read(0, 1);
    }

    /** Reads the test split. */
    static LabelledImages test() {
        return read(2, 3);
    }

    private static LabelledImages read(int imageIndex, int labelIndex) {
        return LabelledImages.read(source(imageIndex), source(labelIndex));
    }

    private static IdxSource source(int index) {
        String name = RESOURCE_FOLDER + MnistFiles.BASE_NAMES.get(index) + ".gz";
        return IdxSource.resource(FashionMnistSubset.class.getClassLoader(), name);
    }
}
