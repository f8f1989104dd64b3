package io.mtlbalance.core.balancing;

import java.util.Objects;

/**
 * The task losses of one training step, before weighting.
 *
 * @param step the 0-based index of the step
 * @param losses the batch-mean training loss of each task
 */
public record StepLosses(long step, TaskValues losses) {

    /** Validates the fields. */
    public StepLosses {
        Objects.requireNonNull(losses, "losses");
        if (step < 0) {
            throw new IllegalArgumentException("step is " + step + "; it must be at least 0");
        }
    }

    /** Returns the number of tasks. */
    public int taskCount() {
        return losses.size();
    }
}
