package io.mtlbalance.core.training;

import java.util.Map;

/**
 * One task's test results at one evaluation.
 *
 * @param loss the test-set mean of the task's training loss
 * @param metrics each metric's test-set mean, by metric name, in the task's metric order
 */
public record TaskEvaluation(double loss, Map<String, Double> metrics) {

    /** Copies the metric map, keeping its order. */
    public TaskEvaluation {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
