package io.mtlbalance.engines;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A three-task problem small enough to train for a few hundred steps in a second. The network
 * has input 5, a tanh trunk of 8 units and a shared layer of 6. Its heads serve a 3-output
 * regression, a 4-class classification and a 2-output regression. The labels come from fixed
 * random linear teachers with different scales, so the task losses differ by orders of
 * magnitude and balancing matters.
 */
final class ParityProblem {

    static final Shape EXAMPLE = new Shape(5);
    static final int BATCH = 16;

    final List<Task> tasks =
            List.of(Task.regression("wide", 3), Task.classification("classes", 4), Task.regression("narrow", 2));

    private final List<Batch> batches = new ArrayList<>();

    /** Draws {@code steps} batches from teachers and noise seeded with {@code seed}. */
    ParityProblem(long seed, int steps) {
        Random random = new Random(seed);
        float[] wide = gaussian(random, 5 * 3, 3.0);
        float[] classes = gaussian(random, 5 * 4, 1.0);
        float[] narrow = gaussian(random, 5 * 2, 0.1);
        for (int step = 0; step < steps; step++) {
            float[] input = gaussian(random, BATCH * 5, 1.0);
            batches.add(new Batch(
                    input,
                    withNoise(random, times(input, wide, 3), 0.3),
                    argMax(times(input, classes, 4), 4),
                    withNoise(random, times(input, narrow, 2), 0.01)));
        }
    }

    /** Returns a fresh, uninitialized model for this problem. */
    MultitaskModel model() {
        return MultitaskModel.builder()
                .trunk(new SequentialBlock().add(Linear.builder().setUnits(8).build()).add(Activation::tanh))
                .sharedUnits(6)
                .addHead(Linear.builder().setUnits(3).build())
                .addHead(Linear.builder().setUnits(4).build())
                .addHead(Linear.builder().setUnits(2).build())
                .build();
    }

    /** Creates the batch of step {@code step} on {@code manager}; every engine gets the same values. */
    MultitaskBatch batch(NDManager manager, int step) {
        Batch batch = batches.get(step);
        NDArray input = manager.create(batch.input, new Shape(BATCH, 5));
        NDList labels = new NDList(
                manager.create(batch.wide, new Shape(BATCH, 3)),
                manager.create(batch.classes, new Shape(BATCH, 1)),
                manager.create(batch.narrow, new Shape(BATCH, 2)));
        return new MultitaskBatch(input, labels);
    }

    private static float[] times(float[] input, float[] teacher, int outputs) {
        int rows = input.length / 5;
        float[] product = new float[rows * outputs];
        for (int row = 0; row < rows; row++) {
            for (int out = 0; out < outputs; out++) {
                float sum = 0;
                for (int in = 0; in < 5; in++) {
                    sum += input[row * 5 + in] * teacher[in * outputs + out];
                }
                product[row * outputs + out] = sum;
            }
        }
        return product;
    }

    private static float[] argMax(float[] scores, int classes) {
        float[] labels = new float[scores.length / classes];
        for (int row = 0; row < labels.length; row++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (scores[row * classes + c] > scores[row * classes + best]) {
                    best = c;
                }
            }
            labels[row] = best;
        }
        return labels;
    }

    private static float[] withNoise(Random random, float[] values, double scale) {
        for (int i = 0; i < values.length; i++) {
            values[i] += (float) (scale * random.nextGaussian());
        }
        return values;
    }

    private static float[] gaussian(Random random, int count, double scale) {
        return withNoise(random, new float[count], scale);
    }

    private record Batch(float[] input, float[] wide, float[] classes, float[] narrow) {}
}
