package io.mtlbalance.core.balancing;

/** Where GradNorm takes the initial loss {@code L_i(0)} that loss ratios divide by. */
public enum InitialLoss {
    /** The loss of the first training step, as in the GradNorm paper. */
    FIRST_STEP,
    /**
     * The task's theoretical loss of an uninformed predictor, such as {@code ln C} for C-class
     * cross-entropy; tasks without one fall back to the first step's loss.
     */
    THEORETICAL
}
