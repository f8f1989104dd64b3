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

    /**
     * Formats a percentage with an explicit sign and two decimals in the root locale: 7.5 becomes
     * {@code +7.50}, -1.666 becomes {@code -1.67}, and anything that rounds to zero becomes
     * {@code 0.00}, so rounding noise such as -1e-17 does not show as {@code -0.00}. NaN and
     * infinities are written as {@code Double.toString} writes them.
     */
    public static String signedPercent(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String text = String.format(Locale.ROOT, "%+.2f", value);
        return text.substring(1).equals("0.00") ? "0.00" : text;
    }
}
