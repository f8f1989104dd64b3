package io.mtlbalance.core.task;

/** Which way a metric improves. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /**
     * Returns +1 when higher values are better and -1 when lower values are better, the sign
     * that turns a metric difference into "positive means better".
     */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
