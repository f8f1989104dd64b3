package io.mtlbalance.experiments.trial;

/**
 * Thrown by a {@link StrategyRecipe} when an earlier trial it needs has not finished, for
 * example because it diverged. The runner skips the trial that needed it and goes on.
 */
public final class MissingTrialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} names both trials and the missing one's status. */
    public MissingTrialException(String message) {
        super(message);
    }
}
