package io.mtlbalance.core.balancing;

import io.mtlbalance.core.task.Task;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link StrategyFactory} knows when it creates the strategy of one trial.
 *
 * @param tasks the trial's tasks, in order
 * @param seed the trial's seed; strategies that draw random numbers derive their generator from it
 * @param options the hyperparameters
 */
public record StrategySettings(List<Task> tasks, long seed, StrategyOptions options) {

    /** Validates the fields. */
    public StrategySettings {
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(options, "options");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("the task list is empty; a strategy needs at least one task");
        }
    }

    /** Returns the number of tasks. */
    public int taskCount() {
        return tasks.size();
    }
}
