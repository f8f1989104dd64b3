package io.mtlbalance.core.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Softmax cross-entropy with class-index labels, averaged over the batch. */
final class CrossEntropyLoss implements TaskLoss {

    private final int classes;

    CrossEntropyLoss(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException(
                    "cross-entropy needs at least 2 classes, got " + classes);
        }
        this.classes = classes;
    }

    @Override
    public String name() {
        return "cross-entropy";
    }

    @Override
    public NDArray compute(NDArray prediction, NDArray label) {
        NDArray oneHot = label.reshape(-1).toType(DataType.INT64, false).oneHot(classes);
        return prediction.logSoftmax(-1).mul(oneHot).sum(new int[] {-1}).mean().neg();
    }
}
