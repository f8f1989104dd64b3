package io.mtlbalance.datasets.multimnist;

/**
 * The pixel arithmetic of one Multi-MNIST example. Item A sits at offset (0, 0) and item B at
 * offset (8, 8) of a 36x36 canvas, and in their 20x20 overlap the brighter pixel wins. Item A's
 * image is also downsampled to 14x14 by averaging each 2x2 block. Pixels are scaled from 0..255
 * to [0, 1].
 */
final class OverlapCanvas {

    /** The side of the canvas, in pixels. */
    static final int SIZE = 36;

    /** The row and column offset of item B. */
    static final int RIGHT_OFFSET = SIZE - LabelledImages.IMAGE_SIZE;

    /** The side of the downsampled item A. */
    static final int RECONSTRUCTION_SIZE = LabelledImages.IMAGE_SIZE / 2;

    private static final float SCALE = 1f / 255f;

    private OverlapCanvas() {}

    /**
     * Writes the 36x36 canvas of items {@code left} and {@code right} of {@code images} into
     * {@code target} from {@code offset}, row-major.
     */
    static void compose(LabelledImages images, int left, int right, float[] target, int offset) {
        int item = LabelledImages.IMAGE_SIZE;
        for (int row = 0; row < SIZE; row++) {
            for (int column = 0; column < SIZE; column++) {
                int value = 0;
                if (row < item && column < item) {
                    value = images.pixel(left, row, column);
                }
                int rightRow = row - RIGHT_OFFSET;
                int rightColumn = column - RIGHT_OFFSET;
                if (rightRow >= 0 && rightColumn >= 0) {
                    value = Math.max(value, images.pixel(right, rightRow, rightColumn));
                }
                target[offset + row * SIZE + column] = value * SCALE;
            }
        }
    }

    /**
     * Writes item {@code index} of {@code images} downsampled to 14x14 into {@code target} from
     * {@code offset}, row-major: each value is the mean of a 2x2 block, scaled to [0, 1].
     */
    static void downsample(LabelledImages images, int index, float[] target, int offset) {
        for (int row = 0; row < RECONSTRUCTION_SIZE; row++) {
            for (int column = 0; column < RECONSTRUCTION_SIZE; column++) {
                int sum = images.pixel(index, 2 * row, 2 * column)
                        + images.pixel(index, 2 * row, 2 * column + 1)
                        + images.pixel(index, 2 * row + 1, 2 * column)
                        + images.pixel(index, 2 * row + 1, 2 * column + 1);
                target[offset + row * RECONSTRUCTION_SIZE + column] = sum / (4 * 255f);
            }
        }
    }
}
