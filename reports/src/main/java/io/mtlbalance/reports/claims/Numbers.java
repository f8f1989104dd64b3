package io.mtlbalance.reports.claims;

import io.mtlbalance.reports.stats.SeedStatistics;
import java.util.Locale;
import java.util.OptionalDouble;

/** Formats numbers for claim sentences with four significant digits, independent of the locale. */
final class Numbers {

    private Numbers() {}

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
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
        String noise = p >= 0.05 ? ", within noise" : ", significant at 5%";
        return "Welch t-test p = " + format(p) + noise;
    }
}
