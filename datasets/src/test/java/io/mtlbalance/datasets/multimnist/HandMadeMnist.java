package io.mtlbalance.datasets.multimnist;

import static io.mtlbalance.datasets.testing.HandWrittenIdx.gzip;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.images;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.labels;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.write;

import io.mtlbalance.datasets.idx.IdxSource;
import java.nio.file.Path;
import java.util.function.IntBinaryOperator;

/**
 * 28x28 images with known pixel patterns and a folder of the four IDX files built from them.
 * Each pattern has its own label, so a test can tell from a label which image an item is.
 */
final class HandMadeMnist {

    /** Every pixel 100; label 1. */
    static final IntBinaryOperator UNIFORM = (row, column) -> 100;
    static final int UNIFORM_LABEL = 1;

    /** 200 in the top-left 10x10 block, 0 elsewhere; label 4. */
    static final IntBinaryOperator CORNER = (row, column) -> row < 10 && column < 10 ? 200 : 0;
    static final int CORNER_LABEL = 4;

    /** {@code 2 * column}, plus 100 on odd rows; label 7. */
    static final IntBinaryOperator STRIPES = (row, column) -> 2 * column + 100 * (row % 2);
    static final int STRIPES_LABEL = 7;

    /** Every pixel 50; label 0. */
    static final IntBinaryOperator DIM = (row, column) -> 50;
    static final int DIM_LABEL = 0;

    private HandMadeMnist() {}

    /** Returns the 784 pixels of {@code pattern}, row-major. */
    static byte[] pixels(IntBinaryOperator... patterns) {
        byte[] pixels = new byte[patterns.length * 28 * 28];
        for (int image = 0; image < patterns.length; image++) {
            for (int row = 0; row < 28; row++) {
                for (int column = 0; column < 28; column++) {
                    pixels[(image * 28 + row) * 28 + column] = (byte) patterns[image].applyAsInt(row, column);
                }
            }
        }
        return pixels;
    }

    /** Writes a training split (uniform, corner) and a test split (stripes, dim) into {@code folder}. */
    static Path writeFolder(Path folder) {
        write(folder.resolve("train-images-idx3-ubyte.gz"), gzip(images(2, 28, 28, pixels(UNIFORM, CORNER))));
        write(folder.resolve("train-labels-idx1-ubyte.gz"), gzip(labels(new byte[] {UNIFORM_LABEL, CORNER_LABEL})));
        // Plain files on the test side check that both forms are found.
        write(folder.resolve("t10k-images-idx3-ubyte"), images(2, 28, 28, pixels(STRIPES, DIM)));
        write(folder.resolve("t10k-labels-idx1-ubyte"), labels(new byte[] {STRIPES_LABEL, DIM_LABEL}));
        return folder;
    }

    /** Writes one uniform image as {@code images} and its label as {@code labels} into {@code folder}. */
    static Path writeSingle(Path folder) {
        write(folder.resolve("labels"), labels(new byte[] {UNIFORM_LABEL}));
        return write(folder.resolve("images"), images(1, 28, 28, pixels(UNIFORM)));
    }

    /** Reads the training split of a folder written by {@link #writeFolder(Path)}. */
    static LabelledImages readTrain(Path folder) {
        return LabelledImages.read(IdxSource.file(folder.resolve("train-images-idx3-ubyte.gz")),
                IdxSource.file(folder.resolve("train-labels-idx1-ubyte.gz")));
    }

    /** Reads the test split of a folder written by {@link #writeFolder(Path)}. */
    static LabelledImages readTest(Path folder) {
        return LabelledImages.read(IdxSource.file(folder.resolve("t10k-images-idx3-ubyte")),
                IdxSource.file(folder.resolve("t10k-labels-idx1-ubyte")));
    }
}
