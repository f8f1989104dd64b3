package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.balancing.TaskValues;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.training.EvaluationRecord;
import io.mtlbalance.core.training.StepRecord;
import io.mtlbalance.core.training.TaskEvaluation;
import io.mtlbalance.core.training.TrainingListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Collects a trial's step and evaluation records and writes {@code steps.csv},
 * {@code evaluations.csv} and {@code final.csv} into the trial's folder, each atomically.
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
