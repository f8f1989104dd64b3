package io.mtlbalance.core.data;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.task.Task;
import java.util.List;

/**
 * A multitask dataset with a train and a test split held in memory. Batches are assembled in
 * bulk from index lists, so the caller (the trainer) owns the sampling order and can seed and
 * checkpoint it.
 *
 * <p>Implementations are immutable after construction and safe to share between trials.
 */
public interface MultitaskDataset {

    /** Returns a short name such as {@code toy-t2} or {@code multi-fashion}. */
    String name();

    /** Returns the tasks, in the order of {@link MultitaskBatch#labels()}. */
    List<Task> tasks();

    /** Returns the shape of one input example, without the batch axis. */
    Shape exampleShape();

    /** Returns the number of examples in {@code split}. */
    int size(Split split);

    /**
     * Creates a batch of the examples at {@code indices} on {@code manager}.
     *
     * @param manager owns the batch's arrays
     * @param split the split the indices refer to
     * @param indices example indices in {@code [0, size(split))}; repeats are allowed
     * @return the batch, in the order of {@code indices}
     * @throws IndexOutOfBoundsException if an index is outside the split
     */
    MultitaskBatch batch(NDManager manager, Split split, int[] indices);

    /**
     * Returns where the data came from, in one line for logs and reports, such as the folder of
     * the IDX files or the generator and its seed.
     */
    String source();

    /**
     * Returns a view of this dataset that keeps only the tasks at {@code taskIndices}, in that
     * order, for example one task for a single-task baseline. Inputs and examples stay the same.
     *
     * @param taskIndices indices into {@link #tasks()}, at least one, each once
     * @throws IllegalArgumentException naming the index when one is out of range or repeated
     */
    default MultitaskDataset taskSubset(int... taskIndices) {
        return new TaskSubsetDataset(this, taskIndices);
    }
}
