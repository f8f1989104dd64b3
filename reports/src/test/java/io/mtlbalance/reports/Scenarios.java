package io.mtlbalance.reports;

import java.nio.file.Path;

/**
 * The two standard test runs: GradNorm against equal weighting on tasks t0 and t1, three seeds
 * each. In {@link #gradNormWins} GradNorm is better on everything; in {@link #gradNormLoses} it
 * is worse on the normalized loss and on t0, and its weights follow the wrong task.
 *
 * <p>Initial training losses (step 0) of the GradNorm seeds 1, 2, 3: t0 = 1, 2, 3 (mean 2) and
 * t1 = 100, 80, 90 (mean 90), so t0 has the smallest initial loss.
 */
final class Scenarios {

    static final double[] RISING = {1.0, 1.2, 1.4, 1.6};
    static final double[] FALLING = {1.0, 0.8, 0.6, 0.4};

    private Scenarios() {}

    /**
     * GradNorm: normalized loss 0.4, 0.5, 0.6; mse t0 0.10, 0.12, 0.14; mse t1 1.0, 1.2, 1.4;
     * weight of t0 rises (time average 1.3), t1 falls (0.7). A fourth GradNorm seed diverged
     * at step 2 and left a final.csv with normalized loss 99.0 that reports must ignore.
     */
    static RunFixture gradNormWins(Path directory) {
        RunFixture run = RunFixture.create(directory, "toy-win", "equal,gradnorm", "1,2,3,4");
        writeEqualWeighting(run);
        writeGradNorm(run, new double[] {0.4, 0.5, 0.6}, new double[] {0.10, 0.12, 0.14}, RISING, FALLING);
        run.divergedTrial("gradnorm", 4, 2, "t1", "loss", "NaN")
                .normalizedLoss(99.0).finalMse(99.0, 99.0).write();
        return run;
    }

    /**
     * GradNorm: normalized loss 1.1, 1.2, 1.3; mse t0 0.30, 0.32, 0.34 (worse than equal);
     * mse t1 1.0, 1.2, 1.4 (better); weight of t0 falls, t1 rises.
     */
    static RunFixture gradNormLoses(Path directory) {
        RunFixture run = RunFixture.create(directory, "toy-lose", "equal,gradnorm", "1,2,3");
        writeEqualWeighting(run);
        writeGradNorm(run, new double[] {1.1, 1.2, 1.3}, new double[] {0.30, 0.32, 0.34}, FALLING, RISING);
        return run;
    }

    /** Equal weighting: normalized loss 0.9, 1.0, 1.1; mse t0 0.20, 0.22, 0.24; mse t1 1.5, 1.6, 1.7. */
    static void writeEqualWeighting(RunFixture run) {
        double[] normalized = {0.9, 1.0, 1.1};
        double[] mseT0 = {0.20, 0.22, 0.24};
        double[] mseT1 = {1.5, 1.6, 1.7};
        for (int i = 0; i < 3; i++) {
            run.finishedTrial("equal", i + 1)
                    .losses(new double[] {1.0 + i, 0.9, 0.8, 0.7}, new double[] {100.0 - 10 * i, 50, 40, 30})
                    .normalizedLoss(normalized[i])
                    .finalMse(mseT0[i], mseT1[i])
                    .finalLoss(mseT0[i], mseT1[i])
                    .write();
        }
    }

    private static void writeGradNorm(
            RunFixture run, double[] normalized, double[] mseT0, double[] weightT0, double[] weightT1) {
        double[] initialT0 = {1.0, 2.0, 3.0};
        double[] initialT1 = {100.0, 80.0, 90.0};
        double[] mseT1 = {1.0, 1.2, 1.4};
        for (int i = 0; i < 3; i++) {
            run.finishedTrial("gradnorm", i + 1)
                    .losses(new double[] {initialT0[i], 0.9, 0.8, 0.7}, new double[] {initialT1[i], 50, 40, 30})
                    .weights(weightT0, weightT1)
                    .normalizedLoss(normalized[i])
                    .finalMse(mseT0[i], mseT1[i])
                    .finalLoss(mseT0[i], mseT1[i])
                    .write();
        }
    }
}
