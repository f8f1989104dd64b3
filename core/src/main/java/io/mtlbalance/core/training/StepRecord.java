package io.mtlbalance.core.training;

import io.mtlbalance.core.balancing.TaskValues;
import java.util.Optional;

/**
 * What one training step measured and applied.
 *
 * @param step the 0-based step index
 * @param losses the unweighted batch-mean training loss of each task
 * @param weights the task weights applied in this step
 * @param gradientNorms {@code G_i = ||grad_W (w_i L_i)||_2} when the strategy asked for them
 */
public record StepRecord(long step, TaskValues losses, TaskValues weights, Optional<TaskValues> gradientNorms) {}
