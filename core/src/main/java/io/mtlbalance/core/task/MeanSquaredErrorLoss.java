package io.mtlbalance.core.task;

import ai.djl.ndarray.NDArray;

/** Mean squared error over every element of the batch. */
final class MeanSquaredErrorLoss implements TaskLoss {

    @Override
    public String name() {
        return "mse";
    }

    @Override
    public NDArray compute(NDArray prediction, NDArray label) {
        return prediction.sub(label.reshape(prediction.getShape())).square().mean();
    }
}
