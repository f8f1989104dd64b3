package io.mtlbalance.reports.stats;

import java.util.Locale;

/** Formats numbers for report text and tables. */
public final class NumberText {

    private NumberText() {}

    /**
     * Formats {@code value} with four significant digits in the root locale, so reports read the
     * same on every machine: 0.5 becomes {@code 0.5000}, 12345 becomes {@code 1.235e+04}. NaN and
     * infinities are written as {@code Double.toString} writes them.
     */
    public static String fourSignificantDigits(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
