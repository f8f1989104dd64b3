package io.mtlbalance.core.task;

import ai.djl.ndarray.NDArray;

/**
 * The training loss of one task, averaged over the batch.
 *
 * <p>Implementations must be differentiable DJL operations on {@code prediction}, return a
 * scalar array and be stateless, so one instance can serve every trial.
 */
public interface TaskLoss {

    /** Short name written into reports, such as {@code cross-entropy}. */
    String name();

    /**
     * Computes the batch-mean loss.
     *
     * @param prediction the head's output, batch first
     * @param label the task's labels for the same batch
     * @return a scalar array that autograd can differentiate
     */
    NDArray compute(NDArray prediction, NDArray label);

    /**
     * Returns softmax cross-entropy over {@code classes} classes: {@code -mean_b log softmax(p_b)[y_b]}.
     * Labels are class indices.
     */
    static TaskLoss crossEntropy(int classes) {
        return new CrossEntropyLoss(classes);
    }

    /** Returns the mean squared error {@code mean((p - y)^2)} over every element of the batch. */
    static TaskLoss meanSquaredError() {
        return new MeanSquaredErrorLoss();
    }
}
