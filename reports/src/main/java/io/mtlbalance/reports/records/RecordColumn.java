package io.mtlbalance.reports.records;

import java.util.Objects;

/**
 * A column that a record file must contain, with the type its values must parse as.
 *
 * @param name the header name, never null
 * @param type the value type, never null
 */
record RecordColumn(String name, Type type) {

    /** The value types of record files. */
    enum Type {
        /** Any text without commas. */
        TEXT,
        /** A whole number that fits a Java {@code long}. */
        INTEGER,
        /** A number in Java's {@code Double.toString} form, including NaN and Infinity. */
        NUMBER,
        /** A number, or an empty field when the value was not measured; empty reads as NaN. */
        OPTIONAL_NUMBER
    }

    RecordColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    static RecordColumn text(String name) {
        return new RecordColumn(name, Type.TEXT);
    }

    static RecordColumn integer(String name) {
        return new RecordColumn(name, Type.INTEGER);
    }

    static RecordColumn number(String name) {
        return new RecordColumn(name, Type.NUMBER);
    }

    static RecordColumn optionalNumber(String name) {
        return new RecordColumn(name, Type.OPTIONAL_NUMBER);
    }
}
