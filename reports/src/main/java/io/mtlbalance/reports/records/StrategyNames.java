package io.mtlbalance.reports.records;

/** Strategy names that reports single out, as the runner writes them in the {@code strategy} column. */
public final class StrategyNames {

    /** GradNorm (Chen et al., ICML 2018). */
    public static final String GRADNORM = "gradnorm";
    /** Equal weighting: every task weight is 1. */
    public static final String EQUAL = "equal";

    private StrategyNames() {}
}
