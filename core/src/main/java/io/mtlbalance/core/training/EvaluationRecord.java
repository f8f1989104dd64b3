package io.mtlbalance.core.training;

import java.util.List;

/**
 * The test-split results after {@code step} training steps.
 *
 * @param step the number of training steps taken before the evaluation
 * @param tasks per task, in task order
 * @param normalizedLoss the task-normalized test loss {@code sum_i L_i(step) / L_i(0)}, where
 *     {@code L_i(0)} is the test loss before training; it equals the task count at step 0
 */
public record EvaluationRecord(long step, List<TaskEvaluation> tasks, double normalizedLoss) {

    /** Copies the task list. */
    public EvaluationRecord {
        tasks = List.copyOf(tasks);
    }
}
