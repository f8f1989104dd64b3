package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Averages a trial's task weights over every step of its {@code steps.csv}:
 * {@code w_i = (1 / S) * sum_t w_i(t)} for each task i, where S is the number of steps recorded
 * for that task.
 */
final class TimeAveragedWeights {

    private static final int TASK_COLUMN = 4;
    private static final int WEIGHT_COLUMN = 6;

    private TimeAveragedWeights() {}

    /**
     * Reads {@code stepsCsv} and returns the mean weight of each of {@code tasks}, in task order.
     *
     * @throws IllegalArgumentException naming the file when a task has no rows or a weight is not
     *     a finite number
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    static List<Double> read(Path stepsCsv, List<Task> tasks) {
        double[] sums = new double[tasks.size()];
        long[] counts = new long[tasks.size()];
        List<String> names = tasks.stream().map(Task::name).toList();
        List<String> lines = lines(stepsCsv);
        for (int row = 1; row < lines.size(); row++) {
            String[] columns = lines.get(row).split(",", -1);
            int task = columns.length > WEIGHT_COLUMN ? names.indexOf(columns[TASK_COLUMN]) : -1;
            if (task < 0) {
                throw new IllegalArgumentException("line " + (row + 1) + " of " + stepsCsv + " names no task of "
                        + names + "; the trial's records are damaged, so delete its folder and rerun it");
            }
            sums[task] += weight(columns[WEIGHT_COLUMN], stepsCsv, row + 1);
            counts[task]++;
        }

        List<Double> means = new ArrayList<>();
        for (int task = 0; task < names.size(); task++) {
            if (counts[task] == 0) {
                throw new IllegalArgumentException(stepsCsv + " contains no step of task '" + names.get(task)
                        + "'; the trial's records are incomplete, so delete its folder and rerun it");
            }
            means.add(sums[task] / counts[task]);
        }
        return List.copyOf(means);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the weights in " + file + ": " + e.getMessage(), e);
        }
    }

    private static double weight(String text, Path file, int line) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("line " + line + " of " + file + " has weight '" + text
                    + "'; weights must be finite numbers, so delete the trial's folder and rerun it");
        }
        return value;
    }
}
