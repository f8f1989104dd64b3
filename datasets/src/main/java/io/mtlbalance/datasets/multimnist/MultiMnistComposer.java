package io.mtlbalance.datasets.multimnist;

import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.data.InMemoryMultitaskDataset;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.datasets.DatasetFileException;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Builds a Multi-MNIST-style dataset from two splits of 28x28 labelled images. Each example puts
 * two distinct images of the same split on a 36x36 canvas, item A at the top left (offset 0, 0)
 * and item B at the bottom right (offset 8, 8). Where they overlap, the brighter pixel wins.
 * Pixels are scaled to [0, 1] and the input shape is {@code (1, 36, 36)}.
 *
 * <p>The tasks, in label order: {@value #LEFT} (class of item A, 10 classes), {@value #RIGHT}
 * (class of item B, 10 classes) and {@value #RECONSTRUCT_LEFT} (item A without occlusion,
 * downsampled to 14x14 by averaging 2x2 blocks: 196 values in [0, 1], squared-error loss). The
 * reconstruction loss lives on a scale far below the cross-entropy losses, which is what a loss
 * balancing method has to cope with. Class labels have shape {@code ()}, so a batch of them
 * has shape {@code (batch)}.
 *
 * <p>Pairs come from {@link java.util.Random}: the seed draws a stream seed for the training
 * pairs and one for the test pairs; each pair is {@code a = nextInt(n)}, then {@code b =
 * nextInt(n - 1)} moved up by one when {@code b >= a}, so that the two items differ.
 */
public final class MultiMnistComposer {

    /** The name of the task that classifies item A. */
    public static final String LEFT = "left";

    /** The name of the task that classifies item B. */
    public static final String RIGHT = "right";

    /** The name of the task that reconstructs item A at 14x14. */
    public static final String RECONSTRUCT_LEFT = "reconstruct-left";

    private static final int CANVAS_VALUES = OverlapCanvas.SIZE * OverlapCanvas.SIZE;
    private static final int RECONSTRUCTION_VALUES =
            OverlapCanvas.RECONSTRUCTION_SIZE * OverlapCanvas.RECONSTRUCTION_SIZE;

    /** The largest split size whose canvases fit in one Java array. */
    public static final int MAX_SPLIT_SIZE = (Integer.MAX_VALUE - 8) / CANVAS_VALUES;

    private MultiMnistComposer() {}

    /** Returns the tasks {@value #LEFT}, {@value #RIGHT} and {@value #RECONSTRUCT_LEFT}, in label order. */
    public static List<Task> tasks() {
        return List.of(
                Task.classification(LEFT, LabelledImages.CLASSES),
                Task.classification(RIGHT, LabelledImages.CLASSES),
                Task.regression(RECONSTRUCT_LEFT, RECONSTRUCTION_VALUES));
    }

    /** Returns the shape of one input example: one channel of 36x36 pixels. */
    public static Shape exampleShape() {
        return new Shape(1, OverlapCanvas.SIZE, OverlapCanvas.SIZE);
    }

    /**
     * Composes the dataset.
     *
     * @param name the dataset name, such as {@code multi-fashion}; not null
     * @param source where the images came from, for {@link MultitaskDataset#source()}; not null
     * @param train the images that training pairs are drawn from, at least 2
     * @param test the images that test pairs are drawn from, at least 2
     * @param seed any value; the same seed and images give the same pairs
     * @param trainSize the number of training examples, from 1 to {@link #MAX_SPLIT_SIZE}
     * @param testSize the number of test examples, from 1 to {@link #MAX_SPLIT_SIZE}
     * @throws IllegalArgumentException if a size is out of range
     * @throws DatasetFileException if a split contains fewer than 2 images
     */
    public static MultitaskDataset compose(String name, String source, LabelledImages train, LabelledImages test,
            long seed, int trainSize, int testSize) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Random master = new Random(seed);
        Random trainRandom = new Random(master.nextLong());
        Random testRandom = new Random(master.nextLong());

        InMemoryMultitaskDataset.Builder builder = InMemoryMultitaskDataset.builder()
                .name(name)
                .source(source)
                .tasks(tasks())
                .exampleShape(exampleShape());
        addSplit(builder, Split.TRAIN, train, trainSize, trainRandom);
        addSplit(builder, Split.TEST, test, testSize, testRandom);
        return builder.build();
    }

    private static void addSplit(
            InMemoryMultitaskDataset.Builder builder, Split split, LabelledImages images, int size, Random random) {
        checkSize(split, size);
        checkEnoughImages(images);

        float[] canvases = new float[size * CANVAS_VALUES];
        float[] leftClasses = new float[size];
        float[] rightClasses = new float[size];
        float[] reconstructions = new float[size * RECONSTRUCTION_VALUES];
        for (int example = 0; example < size; example++) {
            int left = random.nextInt(images.count());
            int right = random.nextInt(images.count() - 1);
            if (right >= left) {
                right++;
            }
            OverlapCanvas.compose(images, left, right, canvases, example * CANVAS_VALUES);
            OverlapCanvas.downsample(images, left, reconstructions, example * RECONSTRUCTION_VALUES);
            leftClasses[example] = images.label(left);
            rightClasses[example] = images.label(right);
        }

        builder.split(split, size, canvases, List.of(leftClasses, rightClasses, reconstructions),
                List.of(new Shape(), new Shape(), new Shape(RECONSTRUCTION_VALUES)));
    }

    private static void checkSize(Split split, int size) {
        if (size < 1 || size > MAX_SPLIT_SIZE) {
            throw new IllegalArgumentException("invalid Multi-MNIST size: the " + split + " split size is " + size
                    + "; it must be between 1 and " + MAX_SPLIT_SIZE + " so that its canvases fit in one Java array");
        }
    }

    private static void checkEnoughImages(LabelledImages images) {
        if (images.count() < 2) {
            throw new DatasetFileException(images.imageLocation(), "image file " + images.imageLocation()
                    + " contains " + images.count() + (images.count() == 1 ? " image" : " images")
                    + "; expected at least 2 to draw pairs of distinct items. Use a complete copy of the file.");
        }
    }
}
