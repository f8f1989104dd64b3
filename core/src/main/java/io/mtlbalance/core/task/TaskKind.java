package io.mtlbalance.core.task;

/**
 * Whether a task predicts a class or a real-valued target. Strategies whose formula differs
 * between the two, such as uncertainty weighting, read it.
 */
public enum TaskKind {
    CLASSIFICATION,
    REGRESSION
}
