package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.records.TrialStatus;
import java.util.List;

/**
 * How the trials of one strategy ended: whether the run contains the strategy and how many of
 * its trials finished or diverged.
 */
record StrategyOutcome(String strategy, boolean inRun, int finished, int diverged) {

    static StrategyOutcome of(RunRecords records, String strategy) {
        List<Trial> trials = records.trials().stream().filter(t -> t.strategy().equals(strategy)).toList();
        boolean inRun = records.strategies().contains(strategy);
        int finished = (int) trials.stream().filter(Trial::isFinished).count();
        int diverged = (int) trials.stream().filter(t -> t.status() == TrialStatus.DIVERGED).count();
        return new StrategyOutcome(strategy, inRun, finished, diverged);
    }

    /** Returns whether every trial of the strategy diverged, so it has no final value at all. */
    boolean allDiverged() {
        return finished == 0 && diverged > 0;
    }

    /** Returns a note on left-out diverged trials, or an empty string when none diverged. */
    String divergenceNote() {
        if (diverged == 0) {
            return "";
        }
        return diverged + " of " + (finished + diverged) + " " + strategy
                + " trials diverged and are left out of the means";
    }
}
