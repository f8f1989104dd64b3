package io.mtlbalance.core.training;

import ai.djl.ndarray.NDArray;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Writes float arrays into checkpoints and copies them back into existing arrays. */
final class FloatArrays {

    private FloatArrays() {}

    /** Writes the length and the values of {@code array}. */
    static void write(DataOutputStream out, NDArray array) throws IOException {
        float[] values = array.toFloatArray();
        out.writeInt(values.length);
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    /**
     * Reads what {@link #write} wrote into {@code target}, in place.
     *
     * @throws IOException if the saved length differs from the target's size
     */
    static void read(DataInputStream in, NDArray target) throws IOException {
        int length = in.readInt();
        if (length != target.size()) {
            throw new IOException("saved array has " + length + " values; the target has " + target.size());
        }
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readFloat();
        }
        target.set(values);
    }
}
