package io.mtlbalance.core.balancing;

import io.mtlbalance.core.task.Task;
import java.util.List;

/**
 * GradNorm: adaptive loss balancing by gradient normalization (Chen, Badrinarayanan, Lee,
 * Rabinovich, ICML 2018, arXiv 1711.02257).
 *
 * <p>Each step t, with W the weights of the last shared layer:
 * <ol>
 *   <li>{@code G_i = ||grad_W (w_i L_i)||_2} and {@code G_mean = mean_i G_i};
 *   <li>{@code Lr_i = L_i(t) / L_i(0)} and {@code r_i = Lr_i / mean_j Lr_j};
 *   <li>{@code target_i = G_mean * r_i^alpha}, held constant;
 *   <li>{@code L_grad = sum_i |G_i - target_i|}. Because the target is constant,
 *       {@code dL_grad/dw_i = sign(G_i - target_i) * ||grad_W L_i||_2}, so no second-order
 *       autograd is needed;
 *   <li>one Adam step on the weights against that gradient, then renormalization so the
 *       weights sum to the configured total (T by default).
 * </ol>
 * The network itself is trained on {@code sum_i w_i(t) L_i} with the weights from before this
 * update. All weights start at {@code total / T}, which is 1 for the default total.
 *
 * <p>Hyperparameters: α ({@link StrategyOptions#alpha()}, 0.12 by default), the Adam learning
 * rate of the weights (0.025 by default, as in the paper), the initial loss
 * ({@link InitialLoss}) and the total. Sum convention: the weights sum to
 * {@link StrategyOptions#weightTotalFor the configured total}, T by default.
 *
 * <p>Deviations from the paper: an Adam step may push a weight to zero or below, which the
 * paper does not address; such a weight is raised to {@link #MIN_WEIGHT_FRACTION} of the
 * total before renormalization so weights stay positive. A task whose gradient at W is zero
 * gets a zero weight gradient, so its weight moves only through renormalization.
 */
public final class GradNorm implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "gradnorm";

    /** The smallest weight allowed, as a fraction of the renormalization total. */
    public static final double MIN_WEIGHT_FRACTION = 1e-6;

    private final double alpha;
    private final double total;
    private final double[] theoreticalInitialLosses;
    private final double[] weights;
    private final VectorAdam optimizer;
    private double[] initialLosses;

    /**
     * Creates GradNorm for the given tasks.
     *
     * @param tasks the trial's tasks; their theoretical initial losses are used when
     *     {@code options.initialLoss()} is {@link InitialLoss#THEORETICAL}
     * @param options α, the weight learning rate, the initial-loss choice and the weight total
     */
    public GradNorm(List<Task> tasks, StrategyOptions options) {
        int count = tasks.size();
        this.alpha = options.alpha();
        this.total = options.weightTotalFor(count);
        this.theoreticalInitialLosses = new double[count];
        for (int i = 0; i < count; i++) {
            theoreticalInitialLosses[i] =
                    options.initialLoss() == InitialLoss.THEORETICAL
                            ? tasks.get(i).theoreticalInitialLoss()
                            : Double.NaN;
        }
        this.weights = new double[count];
        java.util.Arrays.fill(weights, total / count);
        this.optimizer = new VectorAdam(count, options.weightLearningRate());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement measurement() {
        return Measurement.SHARED_LAYER_GRADIENT_NORMS;
    }

    @Override
    public TaskValues weigh(StepLosses losses) {
        WeightMath.requireTaskCount(losses, weights.length, NAME);
        if (initialLosses == null) {
            initialLosses = chooseInitialLosses(losses.losses());
        }
        return TaskValues.of(weights);
    }

    @Override
    public void observe(StepLosses losses, GradientNorms norms) {
        checkObservation(losses, norms);
        double[] targets = targets(losses.losses(), norms.weightedNorms());
        double[] gradient = weightGradient(norms, targets);

        optimizer.step(weights, gradient);

        WeightMath.floorAndRenormalize(weights, MIN_WEIGHT_FRACTION, total);
    }

    private void checkObservation(StepLosses losses, GradientNorms norms) {
        WeightMath.requireTaskCount(losses, weights.length, NAME);
        if (norms.weights().size() != weights.length) {
            throw new IllegalArgumentException(
                    "GradNorm received gradient norms for " + norms.weights().size() + " tasks; this trial has "
                            + weights.length + " tasks");
        }
        if (initialLosses == null) {
            throw new IllegalStateException(
                    "GradNorm.observe was called before weigh; the trainer must call weigh first in every step");
        }
    }

    /** Returns the initial losses in use, or {@code null} before the first step. */
    public TaskValues initialLosses() {
        return initialLosses == null ? null : TaskValues.of(initialLosses);
    }

    /**
     * Computes {@code target_i = G_mean * r_i^alpha} from this step's losses and weighted norms.
     */
    double[] targets(TaskValues losses, TaskValues weightedNorms) {
        int count = losses.size();
        double[] ratios = new double[count];
        double meanRatio = 0;
        for (int i = 0; i < count; i++) {
            ratios[i] = losses.get(i) / initialLosses[i];
            meanRatio += ratios[i] / count;
        }
        double meanNorm = weightedNorms.sum() / count;

        double[] targets = new double[count];
        for (int i = 0; i < count; i++) {
            double relativeRate = meanRatio > 0 ? ratios[i] / meanRatio : 1.0;
            targets[i] = meanNorm * Math.pow(relativeRate, alpha);
        }
        return targets;
    }

    /**
     * Computes {@code dL_grad/dw_i = sign(G_i - target_i) * ||grad_W L_i||_2} with the targets
     * held constant.
     */
    static double[] weightGradient(GradientNorms norms, double[] targets) {
        double[] gradient = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            double difference = norms.weightedNorms().get(i) - targets[i];
            gradient[i] = Math.signum(difference) * norms.unweightedNorms().get(i);
        }
        return gradient;
    }

    private double[] chooseInitialLosses(TaskValues firstLosses) {
        double[] chosen = new double[firstLosses.size()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] =
                    Double.isNaN(theoreticalInitialLosses[i])
                            ? firstLosses.get(i)
                            : theoreticalInitialLosses[i];
            if (!(chosen[i] > 0) || Double.isInfinite(chosen[i])) {
                throw new IllegalArgumentException(
                        "initial loss of task " + i + " is " + chosen[i]
                                + "; GradNorm divides by it, so it must be finite and > 0."
                                + " Use a theoretical initial loss for tasks that start at zero loss");
            }
        }
        return chosen;
    }

    @Override
    public StrategyState saveState() {
        StrategyState.Builder state = StrategyState.builder().put("weights", weights);
        if (initialLosses != null) {
            state.put("initial-losses", initialLosses);
        }
        optimizer.save(state, "");
        return state.build();
    }

    @Override
    public void restoreState(StrategyState state) {
        double[] saved = state.vector("weights");
        if (saved.length != weights.length) {
            throw new IllegalArgumentException(
                    "saved GradNorm state has " + saved.length + " weights; this trial has " + weights.length + " tasks");
        }
        System.arraycopy(saved, 0, weights, 0, saved.length);
        initialLosses = state.has("initial-losses") ? state.vector("initial-losses") : null;
        optimizer.restore(state, "");
    }

    /** Creates {@link GradNorm} for each trial from α, the weight learning rate, initial loss and total. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "learned weights that balance gradient norms at the last shared layer"
                    + " (GradNorm, Chen et al., ICML 2018)";
        }

        @Override
        public BalancingStrategy create(StrategySettings settings) {
            return new GradNorm(settings.tasks(), settings.options());
        }
    }
}
