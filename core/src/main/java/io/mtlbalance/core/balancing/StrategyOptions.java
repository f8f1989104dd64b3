package io.mtlbalance.core.balancing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Hyperparameters a strategy factory may read. Every strategy ignores the options that are not
 * its own, so one options object can configure a comparison of several strategies.
 *
 * <p>Start from {@link #defaults()} and replace fields with the {@code with...} methods.
 *
 * @param alpha GradNorm's asymmetry {@code alpha >= 0}
 * @param weightLearningRate the Adam learning rate of learned task weights (GradNorm's weights,
 *     uncertainty weighting's log variances), greater than 0
 * @param initialLoss where GradNorm takes {@code L_i(0)}
 * @param weightTotal the sum GradNorm renormalizes its weights to, or empty for the task count
 * @param staticWeights the user's fixed weights for the {@code static} strategy, or empty
 * @param dwaTemperature the softmax temperature of Dynamic Weight Average, finite and greater
 *     than 0; larger values give more even weights
 * @param dwaWindow the number of training steps whose mean loss Dynamic Weight Average uses
 *     where its paper (Liu, Johns, Davison, CVPR 2019) uses an epoch mean, at least 1 (1
 *     compares single steps)
 */
public record StrategyOptions(
        double alpha,
        double weightLearningRate,
        InitialLoss initialLoss,
        Optional<Double> weightTotal,
        List<Double> staticWeights,
        double dwaTemperature,
        int dwaWindow) {

    /** GradNorm's weight learning rate in the paper's experiments. */
    public static final double DEFAULT_WEIGHT_LEARNING_RATE = 0.025;

    /** The α the paper uses on its synthetic tasks. */
    public static final double DEFAULT_ALPHA = 0.12;

    /** The temperature that the Dynamic Weight Average paper (Liu, Johns, Davison, CVPR 2019) sets. */
    public static final double DEFAULT_DWA_TEMPERATURE = 2.0;

    /** One step per window, so Dynamic Weight Average compares consecutive steps. */
    public static final int DEFAULT_DWA_WINDOW = 1;

    /** Validates every field and copies the static weights. */
    public StrategyOptions {
        validateGradNormFields(alpha, weightLearningRate, initialLoss, weightTotal);
        staticWeights = validStaticWeights(staticWeights);
        validateDwaFields(dwaTemperature, dwaWindow);
    }

    /**
     * Returns the defaults: α 0.12, learning rate 0.025, first-step initial loss, total T, no
     * static weights, DWA temperature 2 and window 1.
     */
    public static StrategyOptions defaults() {
        return new StrategyOptions(
                DEFAULT_ALPHA,
                DEFAULT_WEIGHT_LEARNING_RATE,
                InitialLoss.FIRST_STEP,
                Optional.empty(),
                List.of(),
                DEFAULT_DWA_TEMPERATURE,
                DEFAULT_DWA_WINDOW);
    }

    /** Returns a copy with {@code alpha} replaced. */
    public StrategyOptions withAlpha(double alpha) {
        return new StrategyOptions(
                alpha, weightLearningRate, initialLoss, weightTotal, staticWeights, dwaTemperature, dwaWindow);
    }

    /** Returns a copy with the weight learning rate replaced. */
    public StrategyOptions withWeightLearningRate(double rate) {
        return new StrategyOptions(
                alpha, rate, initialLoss, weightTotal, staticWeights, dwaTemperature, dwaWindow);
    }

    /** Returns a copy with the initial-loss choice replaced. */
    public StrategyOptions withInitialLoss(InitialLoss choice) {
        return new StrategyOptions(
                alpha, weightLearningRate, choice, weightTotal, staticWeights, dwaTemperature, dwaWindow);
    }

    /** Returns a copy with the renormalization total replaced. */
    public StrategyOptions withWeightTotal(double total) {
        return new StrategyOptions(
                alpha, weightLearningRate, initialLoss, Optional.of(total), staticWeights, dwaTemperature, dwaWindow);
    }

    /** Returns a copy with the static weights replaced. */
    public StrategyOptions withStaticWeights(List<Double> weights) {
        return new StrategyOptions(
                alpha, weightLearningRate, initialLoss, weightTotal, weights, dwaTemperature, dwaWindow);
    }

    /** Returns a copy with the Dynamic Weight Average temperature replaced. */
    public StrategyOptions withDwaTemperature(double temperature) {
        return new StrategyOptions(
                alpha, weightLearningRate, initialLoss, weightTotal, staticWeights, temperature, dwaWindow);
    }

    /** Returns a copy with the Dynamic Weight Average window, in steps, replaced. */
    public StrategyOptions withDwaWindow(int steps) {
        return new StrategyOptions(
                alpha, weightLearningRate, initialLoss, weightTotal, staticWeights, dwaTemperature, steps);
    }

    /** Returns the renormalization total for {@code taskCount} tasks. */
    public double weightTotalFor(int taskCount) {
        return weightTotal.orElse((double) taskCount);
    }

    /** Returns a one-line summary for logs and reports. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "alpha=%s, weight-lr=%s, initial-loss=%s, weight-total=%s, dwa-temperature=%s, dwa-window=%d",
                alpha,
                weightLearningRate,
                initialLoss.name().toLowerCase(Locale.ROOT),
                weightTotal.map(String::valueOf).orElse("T"),
                dwaTemperature,
                dwaWindow);
    }

    private static void validateGradNormFields(
            double alpha, double weightLearningRate, InitialLoss initialLoss, Optional<Double> weightTotal) {
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
        Objects.requireNonNull(weightTotal, "weightTotal; use Optional.empty() for the task count");
        weightTotal.ifPresent(total -> {
            if (!(total > 0) || Double.isInfinite(total)) {
                throw new IllegalArgumentException("weight total is " + total + "; it must be finite and > 0");
            }
        });
    }

    private static List<Double> validStaticWeights(List<Double> staticWeights) {
        Objects.requireNonNull(staticWeights, "staticWeights; use List.of() when there are none");
        List<Double> copy = List.copyOf(staticWeights);
        for (double weight : copy) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "static weight " + weight + " in " + copy + " is invalid; weights must be finite and >= 0");
            }
        }
        return copy;
    }

    /** Rejects a DWA temperature or window out of range, naming the value and the allowed range. */
    static void validateDwaFields(double dwaTemperature, int dwaWindow) {
        if (!(dwaTemperature > 0) || Double.isInfinite(dwaTemperature)) {
            throw new IllegalArgumentException(
                    "DWA temperature is " + dwaTemperature
                            + "; it must be finite and > 0 (the default, from the DWA paper, is "
                            + DEFAULT_DWA_TEMPERATURE + ")");
        }
        if (dwaWindow < 1) {
            throw new IllegalArgumentException(
                    "DWA window is " + dwaWindow + " steps; it must be at least 1 (1 compares single steps,"
                            + " the number of batches per epoch reproduces the epoch means of the DWA paper)");
        }
    }
}
