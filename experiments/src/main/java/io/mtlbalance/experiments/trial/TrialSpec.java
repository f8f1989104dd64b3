package io.mtlbalance.experiments.trial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One trial the runner executes: a network trained on a view of the run's dataset with one
 * strategy and one seed, recorded in the folder {@code trials/NAME}. Every trial of a run shares
 * the run's schedule (steps, batch size, learning rate, evaluation interval).
 *
 * @param name the trial folder's name, unique within a run, such as {@code gradnorm-seed2}; letters,
 *     digits, '.', '_' and '-' only
 * @param strategy the label written to the {@code strategy} column of the records and to
 *     {@code trial.properties}, such as {@code gradnorm} or {@code grid-search}
 * @param seed the trial's seed, at least 1; it seeds initialization, batch order and random weighting
 * @param taskIndices the indices of the dataset's tasks this trial trains on, in order, at least
 *     one. A multitask trial lists every index and a single-task baseline lists one.
 * @param recipe creates the trial's strategy when the trial starts
 * @param properties extra {@code trial.properties} entries in the order given, such as
 *     {@code protocol=grid-search}; keys must not repeat the runner's own keys (trial, strategy,
 *     seed, engine, status and the {@code diverged.*} keys)
 */
public record TrialSpec(
        String name, String strategy, long seed, List<Integer> taskIndices, StrategyRecipe recipe,
        Map<String, String> properties) {

    /** The {@code trial.properties} keys the runner writes itself. */
    public static final List<String> RUNNER_KEYS = List.of("trial", "strategy", "seed", "engine", "status");

    /** Validates the fields and copies the collections. */
    public TrialSpec {
        Objects.requireNonNull(recipe, "recipe");
        if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("invalid trial name '" + name
                    + "'; use letters, digits, '.', '_' or '-' so it can name a folder");
        }
        if (strategy == null || strategy.isBlank() || strategy.contains(",")) {
            throw new IllegalArgumentException("trial " + name + " has strategy label '" + strategy
                    + "'; it must be non-blank and free of commas, because it fills a CSV column");
        }
        if (seed <= 0) {
            throw new IllegalArgumentException("trial " + name + " has seed " + seed + "; seeds must be > 0");
        }
        taskIndices = List.copyOf(taskIndices);
        if (taskIndices.isEmpty()) {
            throw new IllegalArgumentException("trial " + name + " trains on no task; give at least one task index");
        }
        properties = checkedProperties(name, properties);
    }

    private static Map<String, String> checkedProperties(String name, Map<String, String> properties) {
        for (String key : properties.keySet()) {
            if (RUNNER_KEYS.contains(key) || key.startsWith("diverged.")) {
                throw new IllegalArgumentException("trial " + name + " sets trial.properties key '" + key
                        + "', which the runner writes itself; choose another key");
            }
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Returns {@code [0, 1, ..., taskCount - 1]}, the indices of a multitask trial. */
    public static List<Integer> allTasks(int taskCount) {
        return java.util.stream.IntStream.range(0, taskCount).boxed().toList();
    }
}
