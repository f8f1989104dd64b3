package io.mtlbalance.reports.records;

import java.util.Objects;
import java.util.Optional;

/**
 * One trial of a run: a strategy trained with one seed.
 *
 * @param id the trial id, for example {@code gradnorm-seed1}, never null
 * @param strategy the strategy name, never null
 * @param seed the seed
 * @param engine the DJL engine the trial ran on, or an empty string when not recorded
 * @param status the trial's state, never null
 * @param divergence present exactly when {@code status} is {@link TrialStatus#DIVERGED}
 */
public record Trial(
        String id, String strategy, long seed, String engine, TrialStatus status, Optional<Divergence> divergence) {

    /** Checks that no component is null and that divergence details go with the diverged status. */
    public Trial {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(divergence, "divergence");
        if (divergence.isPresent() != (status == TrialStatus.DIVERGED)) {
            throw new IllegalArgumentException("Trial " + id + " has status " + status.recordValue()
                    + " but divergence details are " + (divergence.isPresent() ? "present" : "missing"));
        }
    }

    /** Returns whether the trial ran to the end. */
    public boolean isFinished() {
        return status == TrialStatus.FINISHED;
    }
}
