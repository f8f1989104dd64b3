package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.records.TrialStatus;
import java.util.List;

/**
 * The trial outcome counts of one strategy: whether the run contains the strategy, its number of
 * trials, and how many of them finished or diverged. The rest are still running.
 */
record StrategyOutcome(String strategy, boolean inRun, int total, int finished, int diverged) {

    static StrategyOutcome of(RunRecords records, String strategy) {
        List<Trial> trials = records.trials().stream().filter(t -> t.strategy().equals(strategy)).toList();
        boolean inRun = records.strategies().contains(strategy);
        int finished = (int) trials.stream().filter(Trial::isFinished).count();
        int diverged = (int) trials.stream().filter(t -> t.status() == TrialStatus.DIVERGED).count();
        return new StrategyOutcome(strategy, inRun, trials.size(), finished, diverged);
    }

    /**
     * Returns whether no trial of the strategy finished and at least one diverged, so it has no
     * final value at all.
     */
    boolean noneFinishedSomeDiverged() {
        return finished == 0 && diverged > 0;
    }

    /** Returns a note on left-out diverged trials, or an empty string when none diverged. */
    String divergenceNote() {
        if (diverged == 0) {
            return "";
        }
        return diverged + " of " + total + " " + strategy
                + " trials diverged and are left out of the means";
    }
}
