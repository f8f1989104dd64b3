package io.mtlbalance.reports.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads one record CSV into a Tablesaw table with the columns of a schema, in schema order.
 *
 * <p>The format is the one the runner writes: a header line, comma-separated fields, no quoting.
 * Columns that the schema does not name are ignored, so the runner may add columns without
 * breaking older reports. Blank lines are skipped. Any other deviation raises an
 * {@link InvalidRunRecordsException} naming the file, the line and the column.
 */
final class RecordCsvReader {

    private RecordCsvReader() {}

    /**
     * Reads {@code file} with the given schema.
     *
     * @throws InvalidRunRecordsException when the file is missing, empty, lacks a schema column,
     *     has a line with the wrong field count, or a value that does not parse as its type
     * @throws IOException when the file exists but cannot be read
     */
    static Table read(Path file, List<RecordColumn> schema) throws IOException {
        try (BufferedReader reader = open(file)) {
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw new InvalidRunRecordsException(file, "Record file " + file + " is empty: expected a header line "
                        + headerOf(schema) + ". Rerun the trial to rewrite it.");
            }

            List<String> header = Arrays.asList(headerLine.strip().split(",", -1));
            int[] positions = locateColumns(file, header, schema);
            List<Column<?>> columns = createColumns(schema);

            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    appendLine(line, header.size(), positions, schema, columns, file, lineNumber);
                }
            }
            return Table.create(file.getFileName().toString(), columns);
        }
    }

    /** Returns a table with the schema's columns and no rows. */
    static Table emptyTable(String name, List<RecordColumn> schema) {
        return Table.create(name, createColumns(schema));
    }

    private static BufferedReader open(Path file) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidRunRecordsException(file, "Record file " + file + " is missing. "
                    + "Rerun the trial, or remove its folder if the trial should not be reported.", e);
        }
    }

    private static void appendLine(String line, int fieldCount, int[] positions, List<RecordColumn> schema,
            List<Column<?>> columns, Path file, int lineNumber) {
        String[] fields = line.strip().split(",", -1);
        if (fields.length != fieldCount) {
            throw new InvalidRunRecordsException(file, "Line " + lineNumber + " of " + file + " has "
                    + fields.length + " fields but the header has " + fieldCount
                    + ". Remove the damaged line or rerun the trial.");
        }
        for (int c = 0; c < schema.size(); c++) {
            appendValue(columns.get(c), schema.get(c), fields[positions[c]], file, lineNumber);
        }
    }

    private static int[] locateColumns(Path file, List<String> header, List<RecordColumn> schema) {
        int[] positions = new int[schema.size()];
        for (int c = 0; c < schema.size(); c++) {
            String name = schema.get(c).name();
            positions[c] = header.indexOf(name);
            if (positions[c] < 0) {
                throw new InvalidRunRecordsException(file, "Column '" + name + "' is missing in " + file
                        + ": found " + String.join(",", header) + ", expected at least " + headerOf(schema)
                        + ". Rewrite the file with the current runner.");
            }
        }
        return positions;
    }

    private static List<Column<?>> createColumns(List<RecordColumn> schema) {
        List<Column<?>> columns = new ArrayList<>();
        for (RecordColumn column : schema) {
            switch (column.type()) {
                case TEXT -> columns.add(StringColumn.create(column.name()));
                case INTEGER -> columns.add(LongColumn.create(column.name()));
                case NUMBER, OPTIONAL_NUMBER -> columns.add(DoubleColumn.create(column.name()));
            }
        }
        return columns;
    }

    private static void appendValue(Column<?> target, RecordColumn column, String value, Path file, int line) {
        switch (column.type()) {
            case TEXT -> ((StringColumn) target).append(value);
            case INTEGER -> ((LongColumn) target).append(parseLong(value, column, file, line));
            case NUMBER -> ((DoubleColumn) target).append(parseDouble(value, column, file, line));
            case OPTIONAL_NUMBER -> ((DoubleColumn) target)
                    .append(value.isEmpty() ? Double.NaN : parseDouble(value, column, file, line));
        }
    }

    private static long parseLong(String value, RecordColumn column, Path file, int line) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalidValue(value, "a whole number", column, file, line, e);
        }
    }

    private static double parseDouble(String value, RecordColumn column, Path file, int line) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalidValue(value, "a number such as 0.25, 1.0E-4, NaN or Infinity", column, file, line, e);
        }
    }

    private static InvalidRunRecordsException invalidValue(
            String value, String allowed, RecordColumn column, Path file, int line, NumberFormatException cause) {
        return new InvalidRunRecordsException(file, "Invalid value '" + value + "' in column '" + column.name()
                + "' at line " + line + " of " + file + ": expected " + allowed
                + ". Fix the value or rerun the trial.", cause);
    }

    private static String headerOf(List<RecordColumn> schema) {
        return String.join(",", schema.stream().map(RecordColumn::name).toList());
    }
}
