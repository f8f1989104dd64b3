package io.mtlbalance.core.balancing;

import java.util.Arrays;

/** An immutable vector with one value per task, in task order. */
public final class TaskValues {

    private final double[] values;

    private TaskValues(double[] values) {
        this.values = values;
    }

    /** Returns a vector holding a copy of {@code values}. */
    public static TaskValues of(double... values) {
        return new TaskValues(values.clone());
    }

    /** Returns a vector of {@code size} copies of {@code value}. */
    public static TaskValues filled(int size, double value) {
        double[] values = new double[size];
        Arrays.fill(values, value);
        return new TaskValues(values);
    }

    /** Returns the number of tasks. */
    public int size() {
        return values.length;
    }

    /** Returns the value of task {@code task}. */
    public double get(int task) {
        return values[task];
    }

    /** Returns a copy of the values. */
    public double[] toArray() {
        return values.clone();
    }

    /** Returns the sum of the values. */
    public double sum() {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Returns the index of the first value that is NaN or infinite, or -1 when all are finite. */
    public int firstNonFinite() {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskValues that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
