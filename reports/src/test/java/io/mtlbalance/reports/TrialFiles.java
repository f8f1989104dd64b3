package io.mtlbalance.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one trial folder with explicit numbers, for any task list: trial.properties with extra
 * keys, final.csv rows given one by one, and steps.csv rows from per-step task weights (losses
 * are 1.0). The final evaluation in evaluations.csv repeats final.csv.
 */
final class TrialFiles {

    private final RunFixture run;
    private final String id;
    private final String strategy;
    private final int seed;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> finalRows = new ArrayList<>();
    private final Map<String, double[]> weights = new LinkedHashMap<>();
    private String statusLines = "status=finished\n";

    private TrialFiles(RunFixture run, String id, String strategy, int seed) {
        this.run = run;
        this.id = id;
        this.strategy = strategy;
        this.seed = seed;
    }

    /** Starts a finished trial with folder and id {@code id}. */
    static TrialFiles finished(RunFixture run, String id, String strategy, int seed) {
        return new TrialFiles(run, id, strategy, seed);
    }

    /** Starts a single-task baseline of {@code task}, as the runner names it. */
    static TrialFiles singleTask(RunFixture run, String task, int seed) {
        return finished(run, "single-task-" + task + "-seed" + seed, "single-task", seed)
                .property("protocol", "single-task").property("single.task", task);
    }

    /** Starts grid-search trial {@code index} with its static weights, for example "1.5,0.5". */
    static TrialFiles gridSearch(RunFixture run, int index, int seed, String weights) {
        return finished(run, String.format("grid-search-%02d-seed%d", index, seed), "grid-search", seed)
                .property("protocol", "grid-search").property("grid.index", Integer.toString(index))
                .property("static.weights", weights);
    }

    /** Starts an alpha-sweep trial; the folder prints alpha with Double.toString, as the runner does. */
    static TrialFiles alphaSweep(RunFixture run, double alpha, int seed) {
        return finished(run, "alpha-sweep-" + alpha + "-seed" + seed, "alpha-sweep", seed)
                .property("protocol", "alpha-sweep").property("alpha", Double.toString(alpha));
    }

    /** Starts a gradnorm-static trial with its static weights. */
    static TrialFiles gradNormStatic(RunFixture run, int seed, String weights) {
        return finished(run, "gradnorm-static-seed" + seed, "gradnorm-static", seed)
                .property("static.weights", weights);
    }

    /** Adds a key to trial.properties. */
    TrialFiles property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** Marks the trial as diverged at step 1 on its first weighted task. */
    TrialFiles diverged() {
        statusLines = "status=diverged\ndiverged.step=1\ndiverged.task=t0\ndiverged.quantity=loss\ndiverged.value=NaN\n";
        return this;
    }

    /** Adds a final.csv row. */
    TrialFiles finalValue(String task, String metric, double value) {
        finalRows.add(task + "," + metric + "," + value);
        return this;
    }

    /** Sets the weight of {@code task} at steps 0, 1, 2, ...; every task needs the same step count. */
    TrialFiles weights(String task, double... perStep) {
        weights.put(task, perStep.clone());
        return this;
    }

    /** Writes trial.properties, steps.csv, evaluations.csv and final.csv. */
    RunFixture write() {
        String folder = "trials/" + id + "/";
        StringBuilder header = new StringBuilder("trial=" + id + "\nstrategy=" + strategy + "\nseed=" + seed
                + "\nengine=pytorch\n" + statusLines);
        properties.forEach((key, value) -> header.append(key).append('=').append(value).append('\n'));
        run.write(folder + "trial.properties", header.toString());
        run.write(folder + "steps.csv", stepsCsv());
        run.write(folder + "evaluations.csv", evaluationsCsv());
        run.write(folder + "final.csv", finalCsv());
        return run;
    }

    private String prefix() {
        return id + "," + strategy + "," + seed + ",";
    }

    private int stepCount() {
        return weights.values().stream().mapToInt(w -> w.length).max().orElse(0);
    }

    private String stepsCsv() {
        StringBuilder out = new StringBuilder("trial,strategy,seed,step,task,loss,weight,grad_norm\n");
        for (int step = 0; step < stepCount(); step++) {
            for (Map.Entry<String, double[]> task : weights.entrySet()) {
                out.append(prefix()).append(step).append(',').append(task.getKey()).append(",1.0,")
                        .append(task.getValue()[step]).append(",\n");
            }
        }
        return out.toString();
    }

    private String evaluationsCsv() {
        StringBuilder out = new StringBuilder("trial,strategy,seed,step,task,metric,value\n");
        finalRows.forEach(row -> out.append(prefix()).append(stepCount()).append(',').append(row).append('\n'));
        return out.toString();
    }

    private String finalCsv() {
        StringBuilder out = new StringBuilder("trial,strategy,seed,task,metric,value\n");
        finalRows.forEach(row -> out.append(prefix()).append(row).append('\n'));
        return out.toString();
    }
}
