package io.mtlbalance.reports.records;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kind of a trial, as written in the {@code protocol} key of trial.properties. Ordinary
 * strategy trials omit the key or write {@code strategy}. Each protocol trial also writes a fixed
 * name in its {@code strategy} key, returned by {@link #strategyName()}.
 */
public enum Protocol {
    /** An ordinary trial of a balancing strategy; a row of the strategy comparison. */
    STRATEGY("strategy", ""),
    /** A single-task baseline: a network with one head trained on one task. */
    SINGLE_TASK("single-task", "single-task"),
    /** One random static weighting of the grid search in section 5.3 of the GradNorm paper. */
    GRID_SEARCH("grid-search", "grid-search"),
    /** GradNorm trained with one value of its asymmetry hyperparameter alpha. */
    ALPHA_SWEEP("alpha-sweep", "alpha-sweep"),
    /**
     * Static weights fixed at the time-averaged weights of the GradNorm trial of the same seed.
     * It is a row of the strategy comparison like {@link #STRATEGY}.
     */
    GRADNORM_STATIC("gradnorm-static", "gradnorm-static");

    private final String recordValue;
    private final String strategyName;

    Protocol(String recordValue, String strategyName) {
        this.recordValue = recordValue;
        this.strategyName = strategyName;
    }

    /** Returns the word used in trial.properties, for example {@code single-task}. */
    public String recordValue() {
        return recordValue;
    }

    /**
     * Returns the value of the {@code strategy} key that trials of this protocol carry, or an
     * empty string for {@link #STRATEGY}, whose trials carry the name of their strategy.
     */
    public String strategyName() {
        return strategyName;
    }

    /**
     * Returns whether trials of this protocol are rows of the strategy comparison: true for
     * {@link #STRATEGY} and {@link #GRADNORM_STATIC}, false for the baselines and sweeps, which
     * reports show in their own sections.
     */
    public boolean isStrategyComparison() {
        return this == STRATEGY || this == GRADNORM_STATIC;
    }

    /**
     * Parses the trial.properties word.
     *
     * @param value one of the record values of this enum
     * @param file the file the value comes from, named in the error
     * @throws InvalidRunRecordsException for any other value
     */
    public static Protocol parse(String value, Path file) {
        for (Protocol protocol : values()) {
            if (protocol.recordValue.equals(value)) {
                return protocol;
            }
        }
        String allowed = Arrays.stream(values()).map(Protocol::recordValue).collect(Collectors.joining(", "));
        throw new InvalidRunRecordsException(file, "Invalid protocol '" + value + "' in " + file
                + ": allowed values are " + allowed + ". Rewrite the file with the current runner.");
    }
}
