package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.balancing.TaskValues;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.training.EvaluationRecord;
import io.mtlbalance.core.training.StepRecord;
import io.mtlbalance.core.training.TaskEvaluation;
import io.mtlbalance.core.training.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Collects a trial's step and evaluation records and writes {@code steps.csv},
 * {@code evaluations.csv} and {@code final.csv} into the trial's folder, each atomically: at
 * every checkpoint and at the end. A trial resumed from a checkpoint first reads back the rows
 * of the steps before it, so the final files equal those of an uninterrupted run.
 */
final class TrialRecorder implements TrainingListener {

    private final Path directory;
    private final List<Task> tasks;
    private final String prefix;
    private final StringBuilder steps = new StringBuilder();
    private final StringBuilder evaluations = new StringBuilder();
    private EvaluationRecord lastEvaluation;

    TrialRecorder(Path directory, List<Task> tasks, String trial, String strategy, long seed) {
        this.directory = directory;
        this.tasks = tasks;
        this.prefix = trial + "," + strategy + "," + seed;
        Csv.row(steps, "trial", "strategy", "seed", "step", "task", "loss", "weight", "grad_norm");
        Csv.row(evaluations, "trial", "strategy", "seed", "step", "task", "metric", "value");
    }

    @Override
    public void onTrialStart(long firstStep, int totalSteps) {
        if (firstStep > 0) {
            keepEarlierRows(RunLayout.STEPS, steps, firstStep);
            keepEarlierRows(RunLayout.EVALUATIONS, evaluations, firstStep);
        }
    }

    @Override
    public void onCheckpoint(long step) {
        AtomicFiles.write(directory.resolve(RunLayout.STEPS), steps);
        AtomicFiles.write(directory.resolve(RunLayout.EVALUATIONS), evaluations);
    }

    @Override
    public void onStep(StepRecord record) {
        TaskValues norms = record.gradientNorms().orElse(null);
        for (int t = 0; t < tasks.size(); t++) {
            Csv.row(steps, prefix, record.step(), tasks.get(t).name(), record.losses().get(t),
                    record.weights().get(t), norms == null ? null : norms.get(t));
        }
    }

    @Override
    public void onEvaluation(EvaluationRecord record) {
        appendEvaluation(evaluations, record, true);
        lastEvaluation = record;
    }

    /** Writes the records collected so far; called at the end of a trial and when it diverges. */
    void write() {
        AtomicFiles.write(directory.resolve(RunLayout.STEPS), steps);
        AtomicFiles.write(directory.resolve(RunLayout.EVALUATIONS), evaluations);
        if (lastEvaluation != null) {
            StringBuilder last = new StringBuilder();
            Csv.row(last, "trial", "strategy", "seed", "task", "metric", "value");
            appendEvaluation(last, lastEvaluation, false);
            AtomicFiles.write(directory.resolve(RunLayout.FINAL), last);
        }
    }

    /** Appends the rows of {@code file} whose step (the fourth column) is below {@code firstStep}. */
    private void keepEarlierRows(String file, StringBuilder out, long firstStep) {
        Path path = directory.resolve(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume: the records in " + path + " are unreadable ("
                    + e.getMessage() + "); delete the trial folder to restart it", e);
        }
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] columns = line.split(",", -1);
            if (columns.length > 3 && Long.parseLong(columns[3]) < firstStep) {
                out.append(line).append('\n');
            }
        }
    }

    private void appendEvaluation(StringBuilder out, EvaluationRecord record, boolean withStep) {
        for (int t = 0; t < tasks.size(); t++) {
            TaskEvaluation evaluation = record.tasks().get(t);
            String task = tasks.get(t).name();
            appendValue(out, record.step(), withStep, task, "loss", evaluation.loss());
            for (Map.Entry<String, Double> metric : evaluation.metrics().entrySet()) {
                appendValue(out, record.step(), withStep, task, metric.getKey(), metric.getValue());
            }
        }
        appendValue(out, record.step(), withStep, "all", "normalized_loss", record.normalizedLoss());
    }

    private void appendValue(StringBuilder out, long step, boolean withStep, String task, String metric, double value) {
        if (withStep) {
            Csv.row(out, prefix, step, task, metric, value);
        } else {
            Csv.row(out, prefix, task, metric, value);
        }
    }
}
