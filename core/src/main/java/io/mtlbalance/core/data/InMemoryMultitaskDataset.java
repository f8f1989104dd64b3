package io.mtlbalance.core.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.task.Task;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link MultitaskDataset} backed by Java float arrays, one row per example. A batch is
 * copied row by row into one buffer per array and handed to the engine in a single call, so
 * building a batch costs a few native calls whatever its size.
 *
 * <p>Class labels are stored as floats holding whole numbers; losses and metrics convert them.
 */
public final class InMemoryMultitaskDataset implements MultitaskDataset {

    private final String name;
    private final String source;
    private final List<Task> tasks;
    private final Shape exampleShape;
    private final Map<Split, Part> parts;

    private InMemoryMultitaskDataset(Builder builder) {
        this.name = builder.name;
        this.source = builder.source;
        this.tasks = List.copyOf(builder.tasks);
        this.exampleShape = builder.exampleShape;
        this.parts = new EnumMap<>(builder.parts);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Task> tasks() {
        return tasks;
    }

    @Override
    public Shape exampleShape() {
        return exampleShape;
    }

    @Override
    public int size(Split split) {
        return parts.get(split).size;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public MultitaskBatch batch(NDManager manager, Split split, int[] indices) {
        Part part = parts.get(split);
        NDArray input = gather(manager, part.inputs, exampleShape, indices, part.size);

        NDList labels = new NDList(tasks.size());
        for (int t = 0; t < tasks.size(); t++) {
            labels.add(gather(manager, part.labels.get(t), part.labelShapes.get(t), indices, part.size));
        }
        return new MultitaskBatch(input, labels);
    }

    private static NDArray gather(
            NDManager manager, float[] rows, Shape rowShape, int[] indices, int size) {
        int width = (int) rowShape.size();
        FloatBuffer buffer = FloatBuffer.allocate(indices.length * width);
        for (int index : indices) {
            Objects.checkIndex(index, size);
            buffer.put(rows, index * width, width);
        }
        buffer.flip();

        long[] dims = new long[rowShape.dimension() + 1];
        dims[0] = indices.length;
        System.arraycopy(rowShape.getShape(), 0, dims, 1, rowShape.dimension());
        return manager.create(buffer, new Shape(dims));
    }

    /** The rows of one split. */
    private record Part(int size, float[] inputs, List<float[]> labels, List<Shape> labelShapes) {}

    /**
     * Builds an {@link InMemoryMultitaskDataset}. Set the name, source, tasks and example shape,
     * then add both splits; {@link #build()} checks that every array has the right length.
     */
    public static final class Builder {
        private String name;
        private String source = "in memory";
        private List<Task> tasks = List.of();
        private Shape exampleShape;
        private final Map<Split, Part> parts = new EnumMap<>(Split.class);

        private Builder() {}

        /** Sets the dataset's name. Required. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the one-line description of where the data came from. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Sets the tasks, in label order. Required, at least one. */
        public Builder tasks(List<Task> tasks) {
            this.tasks = List.copyOf(tasks);
            return this;
        }

        /** Sets the shape of one input example. Required. */
        public Builder exampleShape(Shape exampleShape) {
            this.exampleShape = exampleShape;
            return this;
        }

        /**
         * Adds one split.
         *
         * @param split the split
         * @param size the number of examples
         * @param inputs {@code size * exampleShape.size()} values, example after example
         * @param labels one array per task, {@code size * labelShape.size()} values each
         * @param labelShapes the shape of one example's label per task, such as {@code (1)} for
         *     a class index or {@code (100)} for a regression target
         */
        public Builder split(
                Split split, int size, float[] inputs, List<float[]> labels, List<Shape> labelShapes) {
            parts.put(split, new Part(size, inputs, List.copyOf(labels), List.copyOf(labelShapes)));
            return this;
        }

        /**
         * Validates the fields across each other and builds the dataset.
         *
         * @throws IllegalArgumentException naming the field or split that does not fit
         */
        public InMemoryMultitaskDataset build() {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(exampleShape, "exampleShape");
            if (tasks.isEmpty()) {
                throw new IllegalArgumentException("dataset '" + name + "' has no tasks; give at least one");
            }
            for (Split split : Split.values()) {
                Part part = parts.get(split);
                if (part == null) {
                    throw new IllegalArgumentException("dataset '" + name + "' has no " + split + " split");
                }
                validate(split, part);
            }
            return new InMemoryMultitaskDataset(this);
        }

        private void validate(Split split, Part part) {
            String where = "dataset '" + name + "', " + split + " split";
            if (part.size < 1) {
                throw new IllegalArgumentException(where + ": it has " + part.size + " examples; it needs at least 1");
            }
            expectLength(where + ", inputs", part.inputs.length, (long) part.size * exampleShape.size());
            if (part.labels.size() != tasks.size() || part.labelShapes.size() != tasks.size()) {
                throw new IllegalArgumentException(
                        where + ": " + part.labels.size() + " label arrays for " + tasks.size() + " tasks");
            }
            List<String> names = new ArrayList<>();
            for (int t = 0; t < tasks.size(); t++) {
                names.add(tasks.get(t).name());
                expectLength(
                        where + ", labels of task '" + tasks.get(t).name() + "'",
                        part.labels.get(t).length,
                        (long) part.size * part.labelShapes.get(t).size());
            }
            if (names.stream().distinct().count() != names.size()) {
                throw new IllegalArgumentException("dataset '" + name + "' repeats a task name: " + names);
            }
        }

        private static void expectLength(String what, long actual, long expected) {
            if (actual != expected) {
                throw new IllegalArgumentException(
                        what + " has " + actual + " values; expected " + expected);
            }
        }
    }
}
