package io.mtlbalance.core.balancing;

import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.task.TaskKind;
import java.util.List;

/**
 * Homoscedastic uncertainty weighting (Kendall, Gal, Cipolla, "Multi-Task Learning Using
 * Uncertainty to Weigh Losses for Scene Geometry and Semantics", CVPR 2018).
 *
 * <p>Each task i has a learned log variance {@code s_i = log sigma_i^2}, initially 0. The
 * total loss is {@code sum_i (c_i exp(-s_i) L_i + s_i / 2)}, where the term {@code s_i / 2}
 * equals {@code log sigma_i} and
 * <ul>
 *   <li>{@code c_i = 1/2} for a {@link TaskKind#REGRESSION} task, from the Gaussian likelihood
 *       ({@code L_i / (2 sigma_i^2) + log sigma_i});
 *   <li>{@code c_i = 1} for a {@link TaskKind#CLASSIFICATION} task, from the paper's
 *       approximation of the likelihood of a softmax scaled by {@code 1/sigma_i^2}
 *       ({@code L_i / sigma_i^2 + log sigma_i}).
 * </ul>
 * A common simplification uses one form for every task. This class keeps the paper's two forms,
 * because {@link Task#kind()} gives each task's kind and the forms differ by a factor 2 in
 * weight.
 *
 * <p>Each step the applied weight is {@code w_i = c_i exp(-s_i)}. Then one Adam step moves every
 * {@code s_i} against {@code d/ds_i = 1/2 - c_i exp(-s_i) L_i}, the closed-form derivative of
 * the total loss with this step's losses. So a step applies the log variances from before its
 * own update, which is what a joint gradient step on network and {@code s} does.
 *
 * <p>Hyperparameters: the Adam learning rate of {@code s} is
 * {@link StrategyOptions#weightLearningRate()} (0.025 by default), with Adam's usual
 * {@code b1 = 0.9, b2 = 0.999, eps = 1e-8}. Sum convention: none, the weights are not
 * normalized. At the start they are 1/2 for regression and 1 for classification, and at the
 * optimum of {@code s_i} for a constant loss L they reach {@code 1 / (2 L)} for both kinds.
 *
 * <p>Deviations from the paper:
 * <ul>
 *   <li>The paper learns {@code s} with the network's optimizer. Here {@code s} has its own
 *       Adam with its own learning rate, so the network's optimizer and learning rate schedule
 *       do not change how fast the weights adapt.
 *   <li>The network trains on {@code sum_i w_i L_i} without the {@code s_i / 2} terms. They do
 *       not depend on the network's parameters, so its gradients are the same. Only the
 *       reported weighted loss lacks them.
 *   <li>Each {@code s_i} is clamped to {@code [-MAX_LOG_VARIANCE, MAX_LOG_VARIANCE]}, so a
 *       loss that stays at 0 (where the derivative is always 1/2 and {@code s_i} would fall
 *       forever) cannot push the weight to infinity.
 * </ul>
 */
public final class UncertaintyWeighting implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "uncertainty";

    /** The bound on {@code |s_i|}; {@code exp(30)} is about {@code 1.07e13}. */
    public static final double MAX_LOG_VARIANCE = 30;

    private final double[] coefficients;
    private final double[] logVariances;
    private final VectorAdam optimizer;

    /**
     * Creates uncertainty weighting with every log variance at 0.
     *
     * @param tasks the trial's tasks; their kinds choose the coefficient {@code c_i}
     * @param options the weight learning rate is the Adam learning rate of the log variances
     */
    public UncertaintyWeighting(List<Task> tasks, StrategyOptions options) {
        this.coefficients = new double[tasks.size()];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = tasks.get(i).kind() == TaskKind.REGRESSION ? 0.5 : 1.0;
        }
        this.logVariances = new double[tasks.size()];
        this.optimizer = new VectorAdam(tasks.size(), options.weightLearningRate());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement measurement() {
        return Measurement.LOSSES;
    }

    /** Returns the weights of the current log variances, then updates the log variances. */
    @Override
    public TaskValues weigh(StepLosses losses) {
        WeightMath.requireTaskCount(losses, logVariances.length, NAME);
        double[] weights = currentWeights();

        double[] gradient = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            gradient[i] = 0.5 - weights[i] * losses.losses().get(i);
        }
        optimizer.step(logVariances, gradient);
        clampLogVariances();

        return TaskValues.of(weights);
    }

    /** Returns the learned log variances {@code s_i = log sigma_i^2}, to be used in the next step. */
    public TaskValues logVariances() {
        return TaskValues.of(logVariances);
    }

    private double[] currentWeights() {
        double[] weights = new double[logVariances.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = coefficients[i] * Math.exp(-logVariances[i]);
        }
        return weights;
    }

    private void clampLogVariances() {
        for (int i = 0; i < logVariances.length; i++) {
            logVariances[i] = Math.max(-MAX_LOG_VARIANCE, Math.min(MAX_LOG_VARIANCE, logVariances[i]));
        }
    }

    @Override
    public StrategyState saveState() {
        StrategyState.Builder state = StrategyState.builder().put("log-variances", logVariances);
        optimizer.save(state, "");
        return state.build();
    }

    @Override
    public void restoreState(StrategyState state) {
        double[] saved = state.vector("log-variances");
        if (saved.length != logVariances.length) {
            throw new IllegalArgumentException(
                    "saved uncertainty-weighting state has " + saved.length + " log variances; this trial has "
                            + logVariances.length + " tasks");
        }
        optimizer.restore(state, "");
        System.arraycopy(saved, 0, logVariances, 0, saved.length);
    }

    /** Creates {@link UncertaintyWeighting} for each trial. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "learned homoscedastic uncertainty per task (Kendall, Gal, Cipolla, CVPR 2018)";
        }

        @Override
        public BalancingStrategy create(StrategySettings settings) {
            return new UncertaintyWeighting(settings.tasks(), settings.options());
        }
    }
}
