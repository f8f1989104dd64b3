package io.mtlbalance.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small run directories in the runner's format for tests. Every number comes from the
 * caller, so each test states the values its expectations are computed from.
 *
 * <p>The toy layout has two tasks, {@code t0} and {@code t1}, each with the primary metric
 * {@code mse} (lower is better). A trial records {@code steps} training steps (0 to steps-1) and
 * evaluations at step 0 and at step {@code steps}; the final evaluation equals final.csv.
 */
final class RunFixture {

    static final String TASKS_CSV = """
            task,metric,direction,primary
            t0,mse,lower,true
            t1,mse,lower,true
            """;

    private final Path directory;

    private RunFixture(Path directory) {
        this.directory = directory;
    }

    /** Creates {@code directory} with run.properties and tasks.csv for the given strategies and seeds. */
    static RunFixture create(Path directory, String experiment, String strategies, String seeds) {
        RunFixture fixture = new RunFixture(directory);
        fixture.write("run.properties", """
                experiment=%s
                engine=pytorch
                engine.description=PyTorch 2.7.1 on CPU
                dataset=toy
                dataset.source=generated
                strategies=%s
                seeds=%s
                steps=4
                batch.size=8
                learning.rate=0.001
                evaluation.interval=4
                strategy.options=gradnorm.alpha=0.12
                profile=test
                created=2026-01-01T00:00:00Z
                data.seed=7
                zz.extra=kept
                """.formatted(experiment, strategies, seeds));
        fixture.write("tasks.csv", TASKS_CSV);
        return fixture;
    }

    Path directory() {
        return directory;
    }

    /** Writes {@code text} to a file relative to the run directory, creating folders. */
    RunFixture write(String relativePath, String text) {
        Path file = directory.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts a finished trial; call the setters and then {@link TrialBuilder#write()}. */
    TrialBuilder finishedTrial(String strategy, int seed) {
        return new TrialBuilder(strategy, seed, "status=finished\n");
    }

    /** Starts a diverged trial with its divergence keys. */
    TrialBuilder divergedTrial(String strategy, int seed, int step, String task, String quantity, String value) {
        return new TrialBuilder(strategy, seed, "status=diverged\ndiverged.step=" + step + "\ndiverged.task=" + task
                + "\ndiverged.quantity=" + quantity + "\ndiverged.value=" + value + "\n");
    }

    /** The records of one trial, given as explicit numbers per step and task. */
    final class TrialBuilder {
        private final String strategy;
        private final int seed;
        private final String statusLines;
        private double[][] losses = {{1.0, 1.0, 1.0, 1.0}, {1.0, 1.0, 1.0, 1.0}};
        private double[][] weights = {{1.0, 1.0, 1.0, 1.0}, {1.0, 1.0, 1.0, 1.0}};
        private double normalizedLoss = 1.0;
        private double[] finalMse = {0.5, 0.5};
        private double[] finalLoss = {0.5, 0.5};

        private TrialBuilder(String strategy, int seed, String statusLines) {
            this.strategy = strategy;
            this.seed = seed;
            this.statusLines = statusLines;
        }

        String id() {
            return strategy + "-seed" + seed;
        }

        /** Sets the training loss of t0 and t1 at each step. */
        TrialBuilder losses(double[] t0, double[] t1) {
            losses = new double[][] {t0, t1};
            return this;
        }

        /** Sets the weight of t0 and t1 at each step. */
        TrialBuilder weights(double[] t0, double[] t1) {
            weights = new double[][] {t0, t1};
            return this;
        }

        /** Sets the final task-normalized test loss. */
        TrialBuilder normalizedLoss(double value) {
            normalizedLoss = value;
            return this;
        }

        /** Sets the final test mse of t0 and t1. */
        TrialBuilder finalMse(double t0, double t1) {
            finalMse = new double[] {t0, t1};
            return this;
        }

        /** Sets the final test loss of t0 and t1. */
        TrialBuilder finalLoss(double t0, double t1) {
            finalLoss = new double[] {t0, t1};
            return this;
        }

        /** Writes trial.properties, steps.csv, evaluations.csv and final.csv. */
        RunFixture write() {
            String folder = "trials/" + id() + "/";
            RunFixture.this.write(folder + "trial.properties",
                    "trial=" + id() + "\nstrategy=" + strategy + "\nseed=" + seed + "\nengine=pytorch\n" + statusLines);
            RunFixture.this.write(folder + "steps.csv", stepsCsv());
            RunFixture.this.write(folder + "evaluations.csv", evaluationsCsv());
            RunFixture.this.write(folder + "final.csv", finalCsv());
            return RunFixture.this;
        }

        private String prefix() {
            return id() + "," + strategy + "," + seed + ",";
        }

        private String stepsCsv() {
            StringBuilder out = new StringBuilder("trial,strategy,seed,step,task,loss,weight,grad_norm\n");
            for (int step = 0; step < losses[0].length; step++) {
                for (int task = 0; task < 2; task++) {
                    out.append(prefix()).append(step).append(",t").append(task).append(',')
                            .append(losses[task][step]).append(',').append(weights[task][step]).append(",\n");
                }
            }
            return out.toString();
        }

        private String evaluationsCsv() {
            StringBuilder out = new StringBuilder("trial,strategy,seed,step,task,metric,value\n");
            for (String line : evaluationLines(new double[] {2.0, 2.0}, new double[] {2.0, 2.0}, 2.0)) {
                out.append(prefix()).append(0).append(',').append(line).append('\n');
            }
            for (String line : evaluationLines(finalLoss, finalMse, normalizedLoss)) {
                out.append(prefix()).append(losses[0].length).append(',').append(line).append('\n');
            }
            return out.toString();
        }

        private String finalCsv() {
            StringBuilder out = new StringBuilder("trial,strategy,seed,task,metric,value\n");
            for (String line : evaluationLines(finalLoss, finalMse, normalizedLoss)) {
                out.append(prefix()).append(line).append('\n');
            }
            return out.toString();
        }

        private List<String> evaluationLines(double[] loss, double[] mse, double normalized) {
            List<String> lines = new ArrayList<>();
            for (int task = 0; task < 2; task++) {
                lines.add("t" + task + ",loss," + loss[task]);
                lines.add("t" + task + ",mse," + mse[task]);
            }
            lines.add("all,normalized_loss," + normalized);
            return lines;
        }
    }

    /** Edits run.properties of an existing run directory. */
    record Settings(Path directory) {

        /** Replaces {@code target} with {@code replacement} in run.properties. */
        void replace(String target, String replacement) {
            Path file = directory.resolve("run.properties");
            try {
                Files.writeString(file, Files.readString(file).replace(target, replacement));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
