package io.mtlbalance.reports.records;

import java.nio.file.Path;

/** Which way a metric improves, as written in the {@code direction} column of tasks.csv. */
public enum MetricDirection {
    /** Smaller values are better (loss, mse); written as {@code lower}. */
    LOWER("lower", "↓"),
    /** Larger values are better (accuracy); written as {@code higher}. */
    HIGHER("higher", "↑");

    private final String recordValue;
    private final String arrow;

    MetricDirection(String recordValue, String arrow) {
        this.recordValue = recordValue;
        this.arrow = arrow;
    }

    /** Returns the word used in tasks.csv, {@code lower} or {@code higher}. */
    public String recordValue() {
        return recordValue;
    }

    /** Returns the arrow that reports put after a metric name: ↓ for lower, ↑ for higher. */
    public String arrow() {
        return arrow;
    }

    /**
     * Returns whether {@code candidate} is at least as good as {@code reference} in this
     * direction. A NaN on either side is never at least as good.
     */
    public boolean isAtLeastAsGood(double candidate, double reference) {
        return this == LOWER ? candidate <= reference : candidate >= reference;
    }

    /**
     * Parses the tasks.csv word.
     *
     * @param value {@code lower} or {@code higher}
     * @param file the file the value comes from, named in the error
     * @throws InvalidRunRecordsException for any other value
     */
    public static MetricDirection parse(String value, Path file) {
        for (MetricDirection direction : values()) {
            if (direction.recordValue.equals(value)) {
                return direction;
            }
        }
        throw new InvalidRunRecordsException(file, "Invalid direction '" + value + "' in " + file
                + ": allowed values are 'lower' and 'higher'. Fix the direction column of tasks.csv.");
    }
}
