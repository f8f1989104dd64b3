package io.mtlbalance.reports.records;

import java.util.Objects;

/**
 * Where and why a diverged trial stopped, from the {@code diverged.*} keys of trial.properties.
 *
 * @param step the training step at which divergence was detected, {@code >= 0}
 * @param task the task whose value diverged, never null
 * @param quantity what diverged, for example {@code loss}, {@code weight} or {@code grad_norm}
 * @param value the offending value; may be NaN or infinite
 */
public record Divergence(long step, String task, String quantity, double value) {

    /** Checks that no text component is null. */
    public Divergence {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(quantity, "quantity");
    }
}
