package io.mtlbalance.core.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * A batch of inputs with one label array per task, in the order of the dataset's tasks. The
 * arrays belong to the manager the batch was created on; closing that manager frees them.
 *
 * @param input the inputs, batch first
 * @param labels one array per task, batch first
 */
public record MultitaskBatch(NDArray input, NDList labels) {

    /** Returns the labels of task {@code task}. */
    public NDArray label(int task) {
        return labels.get(task);
    }

    /** Returns the number of examples in the batch. */
    public int size() {
        return (int) input.getShape().get(0);
    }
}
