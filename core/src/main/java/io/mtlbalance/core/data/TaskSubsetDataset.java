package io.mtlbalance.core.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.task.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A view of a {@link MultitaskDataset} that keeps some of its tasks, such as one task for a
 * single-task baseline. Inputs and examples are those of the underlying dataset; batches hold
 * only the labels of the kept tasks, in the order the view lists them.
 *
 * <p>Immutable and safe to share between trials, like the dataset it views.
 */
public final class TaskSubsetDataset implements MultitaskDataset {

    private final MultitaskDataset source;
    private final int[] kept;
    private final List<Task> tasks;

    /**
     * Creates a view of {@code source} that keeps the tasks at {@code taskIndices}.
     *
     * @param source the dataset to view, not null
     * @param taskIndices indices into {@code source.tasks()}, at least one, each once
     * @throws IllegalArgumentException naming the index when one is out of range or repeated
     */
    public TaskSubsetDataset(MultitaskDataset source, int... taskIndices) {
        this.source = Objects.requireNonNull(source, "source");
        this.kept = taskIndices.clone();
        this.tasks = keptTasks(source, kept);
    }

    private static List<Task> keptTasks(MultitaskDataset source, int[] indices) {
        List<Task> all = source.tasks();
        if (indices.length == 0) {
            throw new IllegalArgumentException(
                    "a task subset of dataset '" + source.name() + "' needs at least one task index");
        }
        List<Task> chosen = new ArrayList<>();
        boolean[] seen = new boolean[all.size()];
        for (int index : indices) {
            if (index < 0 || index >= all.size()) {
                throw new IllegalArgumentException("task index " + index + " is out of range for dataset '"
                        + source.name() + "', which has tasks 0.." + (all.size() - 1));
            }
            if (seen[index]) {
                throw new IllegalArgumentException("task index " + index + " is repeated in "
                        + Arrays.toString(indices) + "; name each task once");
            }
            seen[index] = true;
            chosen.add(all.get(index));
        }
        return List.copyOf(chosen);
    }

    /** Returns the underlying dataset's name followed by the kept task names, such as {@code toy-t2[task-1]}. */
    @Override
    public String name() {
        return source.name() + tasks.stream().map(Task::name).toList();
    }

    @Override
    public List<Task> tasks() {
        return tasks;
    }

    @Override
    public Shape exampleShape() {
        return source.exampleShape();
    }

    @Override
    public int size(Split split) {
        return source.size(split);
    }

    /**
     * Creates the underlying batch and keeps the labels of the kept tasks. The other label arrays
     * are closed at once, so a view of one small task does not hold a large label array of
     * another until the manager closes.
     */
    @Override
    public MultitaskBatch batch(NDManager manager, Split split, int[] indices) {
        MultitaskBatch full = source.batch(manager, split, indices);
        NDList labels = new NDList(kept.length);
        for (int index : kept) {
            labels.add(full.label(index));
        }
        for (int t = 0; t < full.labels().size(); t++) {
            if (!isKept(t)) {
                NDArray unused = full.label(t);
                unused.close();
            }
        }
        return new MultitaskBatch(full.input(), labels);
    }

    private boolean isKept(int task) {
        return Arrays.stream(kept).anyMatch(index -> index == task);
    }

    @Override
    public String source() {
        return source.source();
    }
}
