package io.mtlbalance.core.balancing;

import java.util.Objects;

/**
 * Per-task gradient norms at the weights W of the last shared layer, measured in one step.
 *
 * @param weights the task weights applied in the step
 * @param weightedNorms {@code G_i = ||grad_W (w_i L_i)||_2}, the quantity GradNorm balances
 * @param unweightedNorms {@code ||grad_W L_i||_2}
 */
public record GradientNorms(TaskValues weights, TaskValues weightedNorms, TaskValues unweightedNorms) {

    /** Validates that the three vectors have one value per task. */
    public GradientNorms {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(weightedNorms, "weightedNorms");
        Objects.requireNonNull(unweightedNorms, "unweightedNorms");
        if (weightedNorms.size() != weights.size() || unweightedNorms.size() != weights.size()) {
            throw new IllegalArgumentException(
                    "gradient norms for " + weightedNorms.size() + " and " + unweightedNorms.size()
                            + " tasks do not match " + weights.size() + " weights");
        }
    }
}
