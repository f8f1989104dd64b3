package io.mtlbalance.reports.stats;

import java.util.OptionalDouble;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Two-sided Welch t-test (unequal variances) between the seeds of two strategies, through
 * Commons Math {@link TTest#tTest(double[], double[])}.
 */
public final class WelchTest {

    /** The significance level below which reports call a difference more than noise. */
    public static final double SIGNIFICANCE_LEVEL = 0.05;

    private WelchTest() {}

    /**
     * Returns the two-sided p-value for equal means.
     *
     * @param first the values of the first strategy, one per seed
     * @param second the values of the second strategy, one per seed
     * @return empty when either side has fewer than two seeds; NaN when both sides have zero
     *     spread, where the test statistic is undefined
     */
    public static OptionalDouble pValue(double[] first, double[] second) {
        if (first.length < 2 || second.length < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(new TTest().tTest(first, second));
    }
}
