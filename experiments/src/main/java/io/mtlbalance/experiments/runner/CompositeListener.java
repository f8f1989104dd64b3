package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.training.EvaluationRecord;
import io.mtlbalance.core.training.StepRecord;
import io.mtlbalance.core.training.TrainingListener;
import java.util.List;

/** Forwards every event to several listeners, in order. */
final class CompositeListener implements TrainingListener {

    private final List<TrainingListener> listeners;

    CompositeListener(TrainingListener... listeners) {
        this.listeners = List.of(listeners);
    }

    @Override
    public void onTrialStart(long firstStep, int steps) {
        listeners.forEach(listener -> listener.onTrialStart(firstStep, steps));
    }

    @Override
    public void onCheckpoint(long step) {
        listeners.forEach(listener -> listener.onCheckpoint(step));
    }

    @Override
    public void onStep(StepRecord record) {
        listeners.forEach(listener -> listener.onStep(record));
    }

    @Override
    public void onEvaluation(EvaluationRecord record) {
        listeners.forEach(listener -> listener.onEvaluation(record));
    }

    @Override
    public void onTrialEnd() {
        listeners.forEach(TrainingListener::onTrialEnd);
    }
}
