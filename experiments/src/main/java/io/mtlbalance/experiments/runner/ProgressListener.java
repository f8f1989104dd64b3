package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.training.EvaluationRecord;
import io.mtlbalance.core.training.TrainingListener;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a trial's progress: a progress bar on a terminal, or an INFO line every few seconds
 * when the output goes to a file or CI log. The latest task-normalized test loss rides along.
 */
final class ProgressListener implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);
    private static final int LOG_INTERVAL_MILLIS = 15_000;

    private final String trial;
    private ProgressBar bar;

    ProgressListener(String trial) {
        this.trial = trial;
    }

    @Override
    public void onTrialStart(long firstStep, int steps) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(trial)
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate();
        if (System.console() == null) {
            builder.setConsumer(new DelegatingProgressBarConsumer(LOG::info)).setUpdateIntervalMillis(LOG_INTERVAL_MILLIS);
        }
        bar = builder.build();
        bar.stepTo(firstStep);
    }

    @Override
    public void onStep(io.mtlbalance.core.training.StepRecord record) {
        bar.step();
    }

    @Override
    public void onEvaluation(EvaluationRecord record) {
        if (bar != null) {
            bar.setExtraMessage(String.format(Locale.ROOT, " test loss ratio %.3f", record.normalizedLoss()));
        }
    }

    @Override
    public void onTrialEnd() {
        close();
    }

    /** Closes the bar; safe to call twice, and when a trial stops early. */
    void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
