package io.mtlbalance.reports.records;

import java.nio.file.Path;

/** The state of a trial, as written in the {@code status} key of trial.properties. */
public enum TrialStatus {
    /** The trial ran all its steps and wrote final.csv. */
    FINISHED("finished"),
    /** The trial stopped because a loss, weight or gradient norm became non-finite or exploded. */
    DIVERGED("diverged"),
    /** The trial has not ended yet, or was killed and not resumed. */
    RUNNING("running");

    private final String recordValue;

    TrialStatus(String recordValue) {
        this.recordValue = recordValue;
    }

    /** Returns the word used in trial.properties. */
    public String recordValue() {
        return recordValue;
    }

    /**
     * Parses the trial.properties word.
     *
     * @param value {@code finished}, {@code diverged} or {@code running}
     * @param file the file the value comes from, named in the error
     * @throws InvalidRunRecordsException for any other value
     */
    public static TrialStatus parse(String value, Path file) {
        for (TrialStatus status : values()) {
            if (status.recordValue.equals(value)) {
                return status;
            }
        }
        throw new InvalidRunRecordsException(file, "Invalid status '" + value + "' in " + file
                + ": allowed values are finished, diverged and running. Rerun the trial to rewrite the file.");
    }
}
