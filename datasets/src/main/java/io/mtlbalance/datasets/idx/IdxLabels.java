package io.mtlbalance.datasets.idx;

import java.util.Objects;

/** Labels read from an IDX file: one unsigned byte per example. Immutable. */
public final class IdxLabels {

    private final String location;
    private final byte[] labels;

    /**
     * Creates the labels; the array is owned by this object afterwards.
     *
     * @param location the file the labels came from, for messages; not null
     * @param labels one label per example
     */
    IdxLabels(String location, byte[] labels) {
        this.location = Objects.requireNonNull(location, "location");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** Returns the file or resource the labels were read from. */
    public String location() {
        return location;
    }

    /** Returns the number of labels. */
    public int count() {
        return labels.length;
    }

    /**
     * Returns one label as stored, from 0 to 255.
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, count())}
     */
    public int label(int index) {
        return labels[Objects.checkIndex(index, labels.length)] & 0xFF;
    }

    /**
     * Returns a copy of labels {@code [from, from + length)}.
     *
     * @throws IndexOutOfBoundsException if the range is outside the labels
     */
    public byte[] copyOfRange(int from, int length) {
        Objects.checkFromIndexSize(from, length, labels.length);
        byte[] copy = new byte[length];
        System.arraycopy(labels, from, copy, 0, length);
        return copy;
    }
}
