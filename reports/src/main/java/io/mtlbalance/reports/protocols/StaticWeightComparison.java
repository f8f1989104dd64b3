package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.records.Trial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A trial with static weights (grid search or gradnorm-static) against the {@code gradnorm} trial
 * of the same seed.
 *
 * @param trial the static-weight trial, never null
 * @param gradNorm the {@code gradnorm} trial with the same seed, empty when the run has none
 * @param gradNormAverageWeights GradNorm's time-averaged weights in task order, empty when its
 *     trial did not finish or lacks steps
 * @param distance the L2 distance between the trial's static weights and
 *     {@code gradNormAverageWeights}; empty when those are empty
 * @param relativePerformance the mean over tasks of s_t · (M_trial,t − M_GradNorm,t) /
 *     |M_GradNorm,t| × 100 on final primary metrics, in percent; positive means the static
 *     weights beat GradNorm. Empty unless {@code outcome} is a comparison of two finished trials.
 * @param outcome the result of the comparison, never null
 * @param note why the comparison is missing or was decided by a divergence; empty for a plain comparison
 */
public record StaticWeightComparison(Trial trial, Optional<Trial> gradNorm, List<Double> gradNormAverageWeights,
        OptionalDouble distance, OptionalDouble relativePerformance, Outcome outcome, Optional<String> note) {

    /** The result of comparing a static-weight trial with GradNorm. */
    public enum Outcome {
        /** Both trials finished and the relative performance is positive. */
        BEATS_GRADNORM,
        /** Both trials finished and the relative performance is zero or negative. */
        GRADNORM_BEATS_OR_MATCHES,
        /** The static-weight trial finished while the GradNorm trial of its seed diverged. */
        GRADNORM_DIVERGED,
        /** The static-weight trial diverged while the GradNorm trial of its seed finished. */
        TRIAL_DIVERGED,
        /** No comparison: a trial is missing or running, both diverged, or a final value is missing. */
        NOT_COMPARED
    }

    /** Checks that no component is null and copies the weights. */
    public StaticWeightComparison {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(gradNorm, "gradNorm");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(relativePerformance, "relativePerformance");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
        gradNormAverageWeights = List.copyOf(gradNormAverageWeights);
    }

    /** Returns the static weights of the trial, one per task in tasks.csv order. */
    public List<Double> weights() {
        return trial.protocol().staticWeights();
    }
}
