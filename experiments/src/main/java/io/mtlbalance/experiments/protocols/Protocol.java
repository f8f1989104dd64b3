package io.mtlbalance.experiments.protocols;

import io.mtlbalance.experiments.trial.TrialSpec;
import java.util.List;

/**
 * A comparison protocol that adds trials to a run, such as single-task baselines or a grid
 * search over static weights. Protocols are bound by name in a Guice
 * {@code MapBinder<String, Protocol>}; that map is the single list of known protocols for the
 * command line, validation and dispatch.
 *
 * <p>The runner runs a protocol's trials after the run's strategy trials, in the order the
 * protocol lists them, with the run's schedule.
 */
public interface Protocol {

    /** Returns a one-line description for {@code mtlbalance list}. */
    String description();

    /**
     * Returns the trials of this protocol for one run. Trial names must not collide with the
     * names {@code STRATEGY-seedN} of strategy trials or with other protocols' trials.
     *
     * @param settings the run's tasks, seeds and protocol settings
     * @throws IllegalArgumentException if the settings do not suit this protocol, naming the setting
     */
    List<TrialSpec> trials(ProtocolSettings settings);
}
