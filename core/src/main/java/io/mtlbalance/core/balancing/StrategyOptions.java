package io.mtlbalance.core.balancing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hyperparameters a strategy factory may read. Every strategy ignores the options that are not
 * its own, so one options object can configure a comparison of several strategies.
 *
 * @param alpha GradNorm's asymmetry {@code alpha >= 0}
 * @param weightLearningRate the Adam learning rate of learned task weights, greater than 0
 * @param initialLoss where GradNorm takes {@code L_i(0)}
 * @param weightTotal the sum learned weights are renormalized to, or empty for the task count
 * @param staticWeights the user's fixed weights for the {@code static} strategy, or empty
 */
public record StrategyOptions(
        double alpha,
        double weightLearningRate,
        InitialLoss initialLoss,
        Optional<Double> weightTotal,
        List<Double> staticWeights) {

    /** GradNorm's weight learning rate in the paper's experiments. */
    public static final double DEFAULT_WEIGHT_LEARNING_RATE = 0.025;

    /** The α the paper uses on its synthetic tasks. */
    public static final double DEFAULT_ALPHA = 0.12;

    /** Validates every field. */
    public StrategyOptions {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(
                    "alpha is " + alpha + "; GradNorm needs a finite alpha >= 0");
        }
        if (!(weightLearningRate > 0) || Double.isInfinite(weightLearningRate)) {
            throw new IllegalArgumentException(
                    "weight learning rate is " + weightLearningRate + "; it must be finite and > 0");
        }
        if (initialLoss == null) {
            throw new IllegalArgumentException("initialLoss is missing; use FIRST_STEP or THEORETICAL");
        }
        weightTotal.ifPresent(total -> {
            if (!(total > 0) || Double.isInfinite(total)) {
                throw new IllegalArgumentException("weight total is " + total + "; it must be finite and > 0");
            }
        });
        staticWeights = List.copyOf(staticWeights);
        for (double weight : staticWeights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "static weight " + weight + " in " + staticWeights + " is invalid; weights must be finite and >= 0");
            }
        }
    }

    /** Returns the defaults: α 0.12, learning rate 0.025, first-step initial loss, total T. */
    public static StrategyOptions defaults() {
        return new StrategyOptions(
                DEFAULT_ALPHA, DEFAULT_WEIGHT_LEARNING_RATE, InitialLoss.FIRST_STEP, Optional.empty(), List.of());
    }

    /** Returns a copy with {@code alpha} replaced. */
    public StrategyOptions withAlpha(double alpha) {
        return new StrategyOptions(alpha, weightLearningRate, initialLoss, weightTotal, staticWeights);
    }

    /** Returns a copy with the weight learning rate replaced. */
    public StrategyOptions withWeightLearningRate(double rate) {
        return new StrategyOptions(alpha, rate, initialLoss, weightTotal, staticWeights);
    }

    /** Returns a copy with the initial-loss choice replaced. */
    public StrategyOptions withInitialLoss(InitialLoss choice) {
        return new StrategyOptions(alpha, weightLearningRate, choice, weightTotal, staticWeights);
    }

    /** Returns a copy with the renormalization total replaced. */
    public StrategyOptions withWeightTotal(double total) {
        return new StrategyOptions(alpha, weightLearningRate, initialLoss, Optional.of(total), staticWeights);
    }

    /** Returns a copy with the static weights replaced. */
    public StrategyOptions withStaticWeights(List<Double> weights) {
        return new StrategyOptions(alpha, weightLearningRate, initialLoss, weightTotal, weights);
    }

    /** Returns the renormalization total for {@code taskCount} tasks. */
    public double weightTotalFor(int taskCount) {
        return weightTotal.orElse((double) taskCount);
    }

    /** Returns a one-line summary for logs and reports. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "alpha=%s, weight-lr=%s, initial-loss=%s, weight-total=%s",
                alpha,
                weightLearningRate,
                initialLoss.name().toLowerCase(Locale.ROOT),
                weightTotal.map(String::valueOf).orElse("T"));
    }
}
