package io.mtlbalance.core.training;

/**
 * Observes a trial's progress: writers of records, progress bars and loggers. The trainer
 * calls it on its own thread; every method does nothing unless overridden.
 */
public interface TrainingListener {

    /**
     * Called once, before the first step of this process.
     *
     * @param firstStep 0 for a fresh trial, or the number of steps a restored checkpoint had
     *     taken; records of steps from {@code firstStep} on will arrive again
     * @param steps the total number of steps of the trial
     */
    default void onTrialStart(long firstStep, int steps) {}

    /** Called after each training step. */
    default void onStep(StepRecord record) {}

    /** Called after each evaluation on the test split, including the one before training. */
    default void onEvaluation(EvaluationRecord record) {}

    /**
     * Called after the evaluation of step {@code step} and before the checkpoint of that step is
     * saved, so that records up to that step can be persisted first.
     */
    default void onCheckpoint(long step) {}

    /** Called once after the last step. */
    default void onTrialEnd() {}

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {};
}
