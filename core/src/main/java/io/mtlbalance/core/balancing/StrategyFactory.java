package io.mtlbalance.core.balancing;

/**
 * Creates a fresh {@link BalancingStrategy} for each trial. Factories are bound by name in a
 * Guice {@code MapBinder<String, StrategyFactory>}; that map is the single list of known
 * strategies for the command line, validation and dispatch.
 */
public interface StrategyFactory {

    /** Returns a one-line description for {@code mtlbalance list}, with the paper it comes from. */
    String description();

    /**
     * Creates the strategy of one trial.
     *
     * @throws IllegalArgumentException if the options do not suit this strategy, naming the option
     */
    BalancingStrategy create(StrategySettings settings);
}
