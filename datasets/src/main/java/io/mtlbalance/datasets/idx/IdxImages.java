package io.mtlbalance.datasets.idx;

import java.util.Objects;

/**
 * Images read from an IDX file: {@code count} greyscale images of {@code rows x columns}
 * unsigned-byte pixels. Immutable.
 */
public final class IdxImages {

    private final String location;
    private final int count;
    private final int rows;
    private final int columns;
    private final byte[] pixels;

    /**
     * Creates the images; the array is owned by this object afterwards.
     *
     * @param location the file the images came from, for messages; not null
     * @param count the number of images, at least 0
     * @param rows the height of each image in pixels, at least 0
     * @param columns the width of each image in pixels, at least 0
     * @param pixels {@code count * rows * columns} pixels, image after image, row-major
     * @throws IllegalArgumentException if the array length does not match the dimensions
     */
    IdxImages(String location, int count, int rows, int columns, byte[] pixels) {
        this.location = Objects.requireNonNull(location, "location");
        if ((long) count * rows * columns != pixels.length) {
            throw new IllegalArgumentException(
                    pixels.length + " pixels do not fill " + count + " images of " + rows + "x" + columns);
        }
        this.count = count;
        this.rows = rows;
        this.columns = columns;
        this.pixels = pixels;
    }

    /** Returns the file or resource the images were read from. */
    public String location() {
        return location;
    }

    /** Returns the number of images. */
    public int count() {
        return count;
    }

    /** Returns the height of each image in pixels. */
    public int rows() {
        return rows;
    }

    /** Returns the width of each image in pixels. */
    public int columns() {
        return columns;
    }

    /**
     * Returns one pixel as stored, from 0 (black background in MNIST) to 255.
     *
     * @throws IndexOutOfBoundsException if an index is outside the images
     */
    public int pixel(int image, int row, int column) {
        Objects.checkIndex(image, count);
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, columns);
        return pixels[(image * rows + row) * columns + column] & 0xFF;
    }

    /**
     * Returns a copy of the pixels of images {@code [from, from + length)}, image after image,
     * row-major, as unsigned values stored in bytes.
     *
     * @throws IndexOutOfBoundsException if the range is outside the images
     */
    public byte[] copyOfRange(int from, int length) {
        Objects.checkFromIndexSize(from, length, count);
        int imageSize = rows * columns;
        byte[] copy = new byte[length * imageSize];
        System.arraycopy(pixels, from * imageSize, copy, 0, copy.length);
        return copy;
    }
}
