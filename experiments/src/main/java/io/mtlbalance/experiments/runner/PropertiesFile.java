package io.mtlbalance.experiments.runner;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads and writes {@code key=value} files in a fixed key order and without the timestamp
 * comment {@link Properties#store} adds, so the same settings give the same bytes.
 */
final class PropertiesFile {

    private PropertiesFile() {}

    /** Writes {@code values} to {@code file} atomically, one {@code key=value} per line. */
    static void write(Path file, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> out.append(key).append('=').append(escape(value)).append('\n'));
        AtomicFiles.write(file, out);
    }

    /** Reads {@code file}; returns an empty map when it does not exist. */
    static Map<String, String> read(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(
                    "could not read " + file + ": " + e.getMessage() + "; it should hold key=value lines",
                    e instanceof IOException io ? io : new IOException(e));
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
