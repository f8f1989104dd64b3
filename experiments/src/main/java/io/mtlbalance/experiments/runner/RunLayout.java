package io.mtlbalance.experiments.runner;

import java.nio.file.Path;

/**
 * The file names of a run directory, in one place for the writer and for tests.
 *
 * <pre>
 * RUN/run.properties            the resolved settings of the run
 * RUN/tasks.csv                 task,metric,direction,primary
 * RUN/trials/STRATEGY-seedN/    one folder per trial:
 *     trial.properties          status (running, finished, diverged) and divergence details
 *     steps.csv                 trial,strategy,seed,step,task,loss,weight,grad_norm
 *     evaluations.csv           trial,strategy,seed,step,task,metric,value
 *     final.csv                 trial,strategy,seed,task,metric,value
 * </pre>
 */
public final class RunLayout {

    /** The settings file of a run directory. */
    public static final String RUN_PROPERTIES = "run.properties";
    /** The task and metric list of a run directory. */
    public static final String TASKS = "tasks.csv";
    /** The folder that holds one folder per trial. */
    public static final String TRIALS = "trials";
    /** A trial's status file. */
    public static final String TRIAL_PROPERTIES = "trial.properties";
    /** A trial's per-step records. */
    public static final String STEPS = "steps.csv";
    /** A trial's evaluation records. */
    public static final String EVALUATIONS = "evaluations.csv";
    /** A trial's final test metrics. */
    public static final String FINAL = "final.csv";

    private RunLayout() {}

    /** Returns the name of the trial of {@code strategy} with {@code seed}. */
    public static String trialName(String strategy, long seed) {
        return strategy + "-seed" + seed;
    }

    /** Returns the folder of a trial inside {@code runDirectory}. */
    public static Path trialDirectory(Path runDirectory, String trial) {
        return runDirectory.resolve(TRIALS).resolve(trial);
    }
}
