package io.mtlbalance.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import io.mtlbalance.core.data.InMemoryMultitaskDataset;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.model.SharedActivation;
import io.mtlbalance.core.task.Task;
import java.util.List;
import java.util.Random;

/** A three-task network small enough to check by brute force: input 5, trunk 8, shared 6. */
final class SmallProblem {

    static final int BATCH = 7;
    static final Shape EXAMPLE = new Shape(5);

    final List<Task> tasks =
            List.of(Task.regression("a", 3), Task.classification("b", 4), Task.regression("c", 2));

    MultitaskModel model(SharedActivation activation) {
        return model(activation, Linear.builder().setUnits(2).build());
    }

    /** Returns the model with {@code lastHead} as the head of task c. */
    MultitaskModel model(SharedActivation activation, ai.djl.nn.Block lastHead) {
        return MultitaskModel.builder()
                .trunk(new SequentialBlock().add(Linear.builder().setUnits(8).build()).add(Activation::tanh))
                .sharedUnits(6)
                .sharedActivation(activation)
                .addHead(Linear.builder().setUnits(3).build())
                .addHead(new SequentialBlock().add(Linear.builder().setUnits(5).build()).add(Activation::relu)
                        .add(Linear.builder().setUnits(4).build()))
                .addHead(lastHead)
                .build();
    }

    /** Returns a batch whose values come from a seeded generator with wide spreads per task. */
    MultitaskBatch batch(NDManager manager, long seed) {
        Random random = new Random(seed);
        NDArray input = manager.create(gaussian(random, BATCH * 5, 1.0), new Shape(BATCH, 5));
        NDArray first = manager.create(gaussian(random, BATCH * 3, 10.0), new Shape(BATCH, 3));
        float[] classes = new float[BATCH];
        for (int i = 0; i < BATCH; i++) {
            classes[i] = random.nextInt(4);
        }
        NDArray second = manager.create(classes, new Shape(BATCH, 1));
        NDArray third = manager.create(gaussian(random, BATCH * 2, 0.1), new Shape(BATCH, 2));
        return new MultitaskBatch(input, new NDList(first, second, third));
    }

    /** Returns a dataset of {@code size} examples per split with the same spreads as {@link #batch}. */
    MultitaskDataset dataset(int size) {
        Random random = new Random(3);
        InMemoryMultitaskDataset.Builder builder =
                InMemoryMultitaskDataset.builder().name("small").tasks(tasks).exampleShape(EXAMPLE);
        for (Split split : Split.values()) {
            float[] classes = new float[size];
            for (int i = 0; i < size; i++) {
                classes[i] = random.nextInt(4);
            }
            builder.split(split, size, gaussian(random, size * 5, 1.0),
                    List.of(gaussian(random, size * 3, 10.0), classes, gaussian(random, size * 2, 0.1)),
                    List.of(new Shape(3), new Shape(), new Shape(2)));
        }
        return builder.build();
    }

    private static float[] gaussian(Random random, int count, double scale) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (scale * random.nextGaussian());
        }
        return values;
    }
}
