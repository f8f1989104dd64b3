package io.mtlbalance.datasets;

import java.util.Objects;

/**
 * A data file or folder is missing, unreadable or not in the expected format. The message names
 * the file, what is wrong and what was expected; {@link #location()} returns the file alone so
 * that callers can report it separately.
 */
public class DatasetFileException extends RuntimeException {

    private final String location;

    /**
     * Creates the exception.
     *
     * @param location the file or folder, as a path or a class-path resource name; not null
     * @param message the full message, which names the location; not null
     */
    public DatasetFileException(String location, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Creates the exception and keeps its cause.
     *
     * @param location the file or folder, as a path or a class-path resource name; not null
     * @param message the full message, which names the location; not null
     * @param cause the I/O error behind it; may be null
     */
    public DatasetFileException(String location, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.location = Objects.requireNonNull(location, "location");
    }

    /** Returns the file or folder the error is about, as given to the constructor. */
    public String location() {
        return location;
    }
}
