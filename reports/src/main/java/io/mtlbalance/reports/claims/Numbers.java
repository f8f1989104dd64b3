package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.stats.NumberText;
import io.mtlbalance.reports.stats.SeedStatistics;
import io.mtlbalance.reports.stats.WelchTest;
import java.util.OptionalDouble;

/** Formats the numbers of claim sentences. */
final class Numbers {

    private Numbers() {}

    static String format(double value) {
        return NumberText.fourSignificantDigits(value);
    }

    static String meanAndSpread(SeedStatistics statistics) {
        String spread = statistics.count() < 2 ? "" : " ± " + format(statistics.standardDeviation());
        return format(statistics.mean()) + spread + " (n=" + statistics.count() + ")";
    }

    /** Describes a Welch p-value: the number, and whether the gap is within noise at 5%. */
    static String pValue(OptionalDouble pValue) {
        if (pValue.isEmpty()) {
            return "no Welch t-test, because a strategy has fewer than two finished seeds";
        }
        double p = pValue.getAsDouble();
        if (Double.isNaN(p)) {
            return "Welch t-test undefined, because both strategies have zero spread across seeds";
        }
        String noise = p >= WelchTest.SIGNIFICANCE_LEVEL ? ", within noise" : ", significant at 5%";
        return "Welch t-test p = " + format(p) + noise;
    }
}
