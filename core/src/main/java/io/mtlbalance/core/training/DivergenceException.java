package io.mtlbalance.core.training;

/**
 * Thrown when a loss, weight or gradient norm becomes NaN or infinite. The trial stops at that
 * step; a sweep records it as diverged and goes on.
 */
public final class DivergenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long step;
    private final String task;
    private final String quantity;
    private final double value;

    /**
     * Creates the exception.
     *
     * @param step the step where the value appeared
     * @param task the task's name
     * @param quantity what became non-finite: {@code loss}, {@code weight} or {@code gradient norm}
     * @param value the value
     */
    public DivergenceException(long step, String task, String quantity, double value) {
        super("diverged at step " + step + ": " + quantity + " of task '" + task + "' is " + value);
        this.step = step;
        this.task = task;
        this.quantity = quantity;
        this.value = value;
    }

    /** Returns the step where the non-finite value appeared. */
    public long step() {
        return step;
    }

    /** Returns the task's name. */
    public String task() {
        return task;
    }

    /** Returns what became non-finite. */
    public String quantity() {
        return quantity;
    }

    /** Returns the non-finite value. */
    public double value() {
        return value;
    }
}
