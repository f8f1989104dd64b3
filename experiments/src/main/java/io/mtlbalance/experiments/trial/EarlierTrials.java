package io.mtlbalance.experiments.trial;

import java.nio.file.Path;
import java.util.Optional;

/** Read access to the trials of a run directory, for recipes that build on an earlier trial. */
public interface EarlierTrials {

    /**
     * Returns the folder of {@code trial} when it finished, in this run or in an earlier run on
     * the same directory, or empty otherwise.
     */
    Optional<Path> finishedFolder(String trial);

    /**
     * Returns the status {@code trial} ended with: {@code finished}, {@code diverged},
     * {@code running} (stopped before the end), or an empty string when it never started.
     */
    String status(String trial);
}
