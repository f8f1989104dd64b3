package io.mtlbalance.reports.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The protocol of a trial and its protocol settings from trial.properties.
 *
 * @param kind the protocol, never null
 * @param singleTask the task of a {@link Protocol#SINGLE_TASK} trial; present exactly for that kind
 * @param gridIndex the 1-based index of a {@link Protocol#GRID_SEARCH} trial; present exactly for that kind
 * @param staticWeights the fixed task weights, one per task in tasks.csv order; never empty for
 *     {@link Protocol#GRID_SEARCH} and {@link Protocol#GRADNORM_STATIC}, empty when not recorded
 * @param alpha the GradNorm alpha of a {@link Protocol#ALPHA_SWEEP} trial; present exactly for that kind
 */
public record TrialProtocol(Protocol kind, Optional<String> singleTask, OptionalInt gridIndex,
        List<Double> staticWeights, OptionalDouble alpha) {

    /** Checks that each protocol setting is present exactly for the protocol it belongs to. */
    public TrialProtocol {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(singleTask, "singleTask");
        Objects.requireNonNull(gridIndex, "gridIndex");
        Objects.requireNonNull(alpha, "alpha");
        staticWeights = List.copyOf(staticWeights);
        requirePresence("singleTask", singleTask.isPresent(), kind == Protocol.SINGLE_TASK, kind);
        requirePresence("gridIndex", gridIndex.isPresent(), kind == Protocol.GRID_SEARCH, kind);
        requirePresence("alpha", alpha.isPresent(), kind == Protocol.ALPHA_SWEEP, kind);
        boolean needsWeights = kind == Protocol.GRID_SEARCH || kind == Protocol.GRADNORM_STATIC;
        if (needsWeights && staticWeights.isEmpty()) {
            throw new IllegalArgumentException("A " + kind.recordValue() + " trial needs static weights");
        }
    }

    private static void requirePresence(String name, boolean present, boolean expected, Protocol kind) {
        if (present != expected) {
            throw new IllegalArgumentException(name + " must be " + (expected ? "present" : "absent")
                    + " for a " + kind.recordValue() + " trial");
        }
    }

    /** Returns the protocol of an ordinary strategy trial, without protocol settings. */
    public static TrialProtocol strategy() {
        return new TrialProtocol(Protocol.STRATEGY, Optional.empty(), OptionalInt.empty(), List.of(),
                OptionalDouble.empty());
    }

    /** Returns the protocol of a single-task baseline of {@code task}. */
    public static TrialProtocol singleTask(String task) {
        return new TrialProtocol(Protocol.SINGLE_TASK, Optional.of(task), OptionalInt.empty(), List.of(),
                OptionalDouble.empty());
    }

    /** Returns the protocol of grid-search trial {@code index} with its static weights. */
    public static TrialProtocol gridSearch(int index, List<Double> weights) {
        return new TrialProtocol(Protocol.GRID_SEARCH, Optional.empty(), OptionalInt.of(index), weights,
                OptionalDouble.empty());
    }

    /** Returns the protocol of an alpha-sweep trial with GradNorm's {@code alpha}. */
    public static TrialProtocol alphaSweep(double alpha) {
        return new TrialProtocol(Protocol.ALPHA_SWEEP, Optional.empty(), OptionalInt.empty(), List.of(),
                OptionalDouble.of(alpha));
    }

    /** Returns the protocol of a gradnorm-static trial with its static weights. */
    public static TrialProtocol gradNormStatic(List<Double> weights) {
        return new TrialProtocol(Protocol.GRADNORM_STATIC, Optional.empty(), OptionalInt.empty(), weights,
                OptionalDouble.empty());
    }

    /** Returns the static weights as an array, empty when none were recorded. */
    public double[] staticWeightArray() {
        return staticWeights.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
