package io.mtlbalance.reports.records;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/** Reads Java properties files of a run and their required keys, with errors that name file and key. */
final class PropertiesFiles {

    private PropertiesFiles() {}

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new InvalidRunRecordsException(file, "Properties file " + file + " is missing. "
                    + "Point the report at a run directory written by the experiments runner.", e);
        } catch (IllegalArgumentException e) {
            throw new InvalidRunRecordsException(file, "Properties file " + file + " is malformed: "
                    + e.getMessage() + ". Rewrite it with the current runner.", e);
        }
        return properties;
    }

    static String require(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InvalidRunRecordsException(file, "Key '" + key + "' is missing in " + file
                    + ". Rewrite the file with the current runner.");
        }
        return value.strip();
    }

    static long requireLong(Properties properties, String key, Path file) {
        String value = require(properties, key, file);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRunRecordsException(file, "Invalid value '" + value + "' for key '" + key + "' in "
                    + file + ": expected a whole number.", e);
        }
    }

    static double requireDouble(Properties properties, String key, Path file) {
        String value = require(properties, key, file);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidRunRecordsException(file, "Invalid value '" + value + "' for key '" + key + "' in "
                    + file + ": expected a number such as 1.0E12, NaN or Infinity.", e);
        }
    }
}
