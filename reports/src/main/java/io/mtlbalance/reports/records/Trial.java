package io.mtlbalance.reports.records;

import java.util.Objects;
import java.util.Optional;

/**
 * One trial of a run: a strategy, or a protocol trial such as a single-task baseline, trained
 * with one seed.
 *
 * @param id the trial id, for example {@code gradnorm-seed1}, never null
 * @param strategy the strategy name, never null
 * @param seed the seed
 * @param engine the DJL engine the trial ran on, or an empty string when not recorded
 * @param status the trial's state, never null
 * @param divergence present exactly when {@code status} is {@link TrialStatus#DIVERGED}
 * @param protocol the trial's protocol and its settings, never null
 */
public record Trial(String id, String strategy, long seed, String engine, TrialStatus status,
        Optional<Divergence> divergence, TrialProtocol protocol) {

    /** Checks that no component is null and that divergence details go with the diverged status. */
    public Trial {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(divergence, "divergence");
        Objects.requireNonNull(protocol, "protocol");
        if (divergence.isPresent() != (status == TrialStatus.DIVERGED)) {
            throw new IllegalArgumentException("Trial " + id + " has status " + status.recordValue()
                    + " but divergence details are " + (divergence.isPresent() ? "present" : "missing"));
        }
    }

    /** Creates an ordinary strategy trial, with {@link TrialProtocol#strategy()}. */
    public Trial(String id, String strategy, long seed, String engine, TrialStatus status,
            Optional<Divergence> divergence) {
        this(id, strategy, seed, engine, status, divergence, TrialProtocol.strategy());
    }

    /** Returns whether the trial ran to the end. */
    public boolean isFinished() {
        return status == TrialStatus.FINISHED;
    }

    /** Returns whether the trial is a row of the strategy comparison; see {@link Protocol#isStrategyComparison()}. */
    public boolean isStrategyComparison() {
        return protocol.kind().isStrategyComparison();
    }
}
