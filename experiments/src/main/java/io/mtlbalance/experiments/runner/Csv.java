package io.mtlbalance.experiments.runner;

/** Formats CSV rows; values are names without commas and numbers, so nothing needs quoting. */
final class Csv {

    private Csv() {}

    /** Appends one row of {@code values} and a newline to {@code out}. */
    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i] == null ? "" : values[i]);
        }
        out.append('\n');
    }
}
