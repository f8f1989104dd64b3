package io.mtlbalance.core.training;

/**
 * Observes a trial's progress: writers of records, progress bars and loggers. The trainer
 * calls it on its own thread; every method does nothing unless overridden.
 */
public interface TrainingListener {

    /** Called once, before the first step. */
    default void onTrialStart(int steps) {}

    /** Called after each training step. */
    default void onStep(StepRecord record) {}

    /** Called after each evaluation on the test split, including the one before training. */
    default void onEvaluation(EvaluationRecord record) {}

    /** Called once after the last step. */
    default void onTrialEnd() {}

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {};
}
