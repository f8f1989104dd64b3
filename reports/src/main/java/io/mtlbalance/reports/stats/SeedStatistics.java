package io.mtlbalance.reports.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Summary of one quantity across the seeds of a strategy.
 *
 * @param count the number of seeds, {@code >= 1}
 * @param mean the arithmetic mean
 * @param standardDeviation the sample standard deviation (divisor {@code count - 1}); NaN when
 *     {@code count == 1}, because one seed gives no estimate of the spread
 * @param min the smallest value
 * @param max the largest value
 */
public record SeedStatistics(int count, double mean, double standardDeviation, double min, double max) {

    /**
     * Summarizes the values of the seeds.
     *
     * @param values one value per seed, at least one
     * @throws IllegalArgumentException when {@code values} is empty
     */
    public static SeedStatistics of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("Cannot summarize zero seeds: pass at least one value");
        }
        double standardDeviation = values.length < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(values));
        return new SeedStatistics(values.length, StatUtils.mean(values), standardDeviation,
                Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
    }
}
