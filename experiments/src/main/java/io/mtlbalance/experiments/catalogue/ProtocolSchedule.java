package io.mtlbalance.experiments.catalogue;

import io.mtlbalance.experiments.protocols.AlphaSweepProtocol;
import java.util.List;

/**
 * The protocols {@code mtlbalance reproduce} runs on one experiment under one profile, and their
 * sizes. {@code mtlbalance run} uses the sizes but runs only the protocols named with
 * {@code --protocols}.
 *
 * @param protocols the protocol names {@code reproduce} runs, in order; may be empty
 * @param gridTrials the number K of random static weight vectors of a grid search, at least 1
 * @param alphas the α values of an α sweep, at least one
 * @param protocolSeeds the number of seeds (1..N) of the grid search and the α sweep, at least 1
 */
public record ProtocolSchedule(List<String> protocols, int gridTrials, List<Double> alphas, int protocolSeeds) {

    /** Copies the lists and checks the sizes. */
    public ProtocolSchedule {
        protocols = List.copyOf(protocols);
        alphas = List.copyOf(alphas);
        if (gridTrials < 1 || protocolSeeds < 1 || alphas.isEmpty()) {
            throw new IllegalArgumentException("a protocol schedule needs grid trials >= 1 (got " + gridTrials
                    + "), protocol seeds >= 1 (got " + protocolSeeds + ") and at least one alpha (got " + alphas + ")");
        }
    }

    /**
     * Returns the schedule of an experiment that names no protocols: none for {@code reproduce},
     * 30 grid trials, the full α list of {@link AlphaSweepProtocol#DEFAULT_ALPHAS} and one
     * protocol seed for {@code run}.
     */
    public static ProtocolSchedule none() {
        return new ProtocolSchedule(List.of(), 30, AlphaSweepProtocol.DEFAULT_ALPHAS, 1);
    }
}
