package io.mtlbalance.reports.records;

import java.nio.file.Path;

/**
 * Thrown when a run directory misses a file or contains a file that does not follow the record
 * format that the experiments runner writes. The message names the file, the column or key, the
 * bad value where there is one, what is allowed, and a remedy.
 */
public final class InvalidRunRecordsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * Creates the exception for one file.
     *
     * @param file the file that is missing or malformed, never null
     * @param message the full message, naming the file
     */
    public InvalidRunRecordsException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /**
     * Creates the exception for one file, keeping the cause.
     *
     * @param file the file that is missing or malformed, never null
     * @param message the full message, naming the file
     * @param cause the underlying failure
     */
    public InvalidRunRecordsException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** Returns the file that is missing or malformed. */
    public Path file() {
        return file;
    }
}
