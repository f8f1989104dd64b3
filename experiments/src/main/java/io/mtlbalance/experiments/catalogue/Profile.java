package io.mtlbalance.experiments.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How long an experiment runs: a schedule size shared by every experiment of the catalogue. */
public enum Profile {
    /** A few steps on a few examples, to check that everything runs end to end. */
    TINY,
    /** Short schedules that finish the whole reproduction in minutes on two CPU cores. */
    QUICK,
    /** The longer schedules, closer to the paper's. */
    PAPER;

    /** Returns the name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the profile named {@code label}.
     *
     * @throws IllegalArgumentException naming the known profiles when {@code label} is unknown
     */
    public static Profile parse(String label) {
        for (Profile profile : values()) {
            if (profile.label().equals(label)) {
                return profile;
            }
        }
        throw new IllegalArgumentException(
                "unknown profile '" + label + "'; known: "
                        + Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", ")));
    }
}
