package io.mtlbalance.core.balancing;

import java.util.Arrays;

/**
 * Dynamic Weight Average (Liu, Johns, Davison, "End-to-End Multi-Task Learning with
 * Attention", CVPR 2019, the MTAN paper).
 *
 * <p>A task whose loss fell more slowly recently gets more weight:
 * {@code w_i(t) = T exp(r_i(t-1) / temperature) / sum_j exp(r_j(t-1) / temperature)} with
 * {@code r_i(t-1) = L_i(t-1) / L_i(t-2)}, where T is the task count and {@code L_i(t)} the mean
 * loss of period t. All weights are 1 in the first two periods, which have no ratio yet.
 *
 * <p>The paper's period is an epoch. Here it is a window of
 * {@link StrategyOptions#dwaWindow()} consecutive steps, counted from the first step this
 * instance weighs, and {@code L_i(t)} is the mean of the task's step losses in window t. The
 * weights stay constant within a window. A window of 1 compares single steps. A window equal
 * to the number of batches per epoch reproduces the paper when training starts at an epoch
 * boundary, because the paper's epoch loss is also the mean of the batch losses.
 *
 * <p>Hyperparameters: temperature {@link StrategyOptions#dwaTemperature()}, 2 by default as
 * in the paper, and the window. Sum convention: the weights sum to T.
 *
 * <p>Deviations from the paper, which only guard the arithmetic:
 * <ul>
 *   <li>A window's mean loss below {@link #LOSS_FLOOR} (including 0 and negative values) is
 *       raised to that floor before the ratio, so the ratio stays finite.
 *   <li>A weight below {@link #MIN_WEIGHT_FRACTION} of T, which only very large ratios cause,
 *       is raised to it and the weights are rescaled to sum to T, so every weight stays
 *       positive.
 * </ul>
 */
public final class DynamicWeightAverage implements BalancingStrategy {

    /** The name this strategy is bound under. */
    public static final String NAME = "dwa";

    /** The smallest window mean loss a ratio divides by or multiplies with. */
    public static final double LOSS_FLOOR = 1e-12;

    /** The smallest weight allowed, as a fraction of the task count. */
    public static final double MIN_WEIGHT_FRACTION = 1e-6;

    private final double temperature;
    private final int window;
    private final double[] windowSums;
    private double[] lastMeans;
    private double[] earlierMeans;
    private int stepsInWindow;
    private int completedWindows;

    /**
     * Creates Dynamic Weight Average.
     *
     * @param taskCount the number of tasks T, at least 1
     * @param temperature the softmax temperature, finite and greater than 0
     * @param window the number of steps per period, at least 1
     * @throws IllegalArgumentException if a parameter is out of range, naming it
     */
    public DynamicWeightAverage(int taskCount, double temperature, int window) {
        WeightMath.requirePositiveTaskCount(taskCount, NAME);
        StrategyOptions.validateDwaFields(temperature, window);
        this.temperature = temperature;
        this.window = window;
        this.windowSums = new double[taskCount];
        this.lastMeans = new double[taskCount];
        this.earlierMeans = new double[taskCount];
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement measurement() {
        return Measurement.LOSSES;
    }

    /** Returns the weights of the current window, then adds this step's losses to it. */
    @Override
    public TaskValues weigh(StepLosses losses) {
        WeightMath.requireTaskCount(losses, windowSums.length, NAME);
        double[] weights = completedWindows >= 2 ? ratioWeights() : ones();

        for (int i = 0; i < windowSums.length; i++) {
            windowSums[i] += losses.losses().get(i);
        }
        stepsInWindow++;
        if (stepsInWindow == window) {
            closeWindow();
        }

        return TaskValues.of(weights);
    }

    private double[] ratioWeights() {
        double[] logits = new double[windowSums.length];
        for (int i = 0; i < logits.length; i++) {
            double ratio = Math.max(lastMeans[i], LOSS_FLOOR) / Math.max(earlierMeans[i], LOSS_FLOOR);
            logits[i] = ratio / temperature;
        }
        double total = windowSums.length;
        double[] weights = WeightMath.scaledSoftmax(logits, total);
        WeightMath.floorAndRenormalize(weights, MIN_WEIGHT_FRACTION, total);
        return weights;
    }

    private double[] ones() {
        double[] weights = new double[windowSums.length];
        Arrays.fill(weights, 1.0);
        return weights;
    }

    private void closeWindow() {
        earlierMeans = lastMeans;
        lastMeans = new double[windowSums.length];
        for (int i = 0; i < windowSums.length; i++) {
            lastMeans[i] = windowSums[i] / window;
        }
        Arrays.fill(windowSums, 0);
        stepsInWindow = 0;
        completedWindows = Math.min(completedWindows + 1, 2);
    }

    @Override
    public StrategyState saveState() {
        return StrategyState.builder()
                .put("window", window)
                .put("window-sums", windowSums)
                .put("steps-in-window", stepsInWindow)
                .put("completed-windows", completedWindows)
                .put("last-means", lastMeans)
                .put("earlier-means", earlierMeans)
                .build();
    }

    @Override
    public void restoreState(StrategyState state) {
        int savedWindow = (int) state.vector("window")[0];
        if (savedWindow != window) {
            throw new IllegalArgumentException(
                    "saved DWA state has a window of " + savedWindow + " steps; this strategy has " + window
                            + "; restore it with the DWA window of the run that saved it");
        }
        double[] sums = checkedVector(state, "window-sums");
        double[] last = checkedVector(state, "last-means");
        double[] earlier = checkedVector(state, "earlier-means");

        System.arraycopy(sums, 0, windowSums, 0, sums.length);
        lastMeans = last;
        earlierMeans = earlier;
        stepsInWindow = (int) state.vector("steps-in-window")[0];
        completedWindows = (int) state.vector("completed-windows")[0];
    }

    private double[] checkedVector(StrategyState state, String name) {
        double[] vector = state.vector(name);
        if (vector.length != windowSums.length) {
            throw new IllegalArgumentException(
                    "saved DWA state has " + vector.length + " values in '" + name + "'; this trial has "
                            + windowSums.length + " tasks");
        }
        return vector;
    }

    /** Creates {@link DynamicWeightAverage} for each trial from the DWA temperature and window. */
    public static final class Factory implements StrategyFactory {

        @Override
        public String description() {
            return "weights from the softmax of recent loss ratios"
                    + " (Dynamic Weight Average, Liu, Johns, Davison, CVPR 2019)";
        }

        @Override
        public BalancingStrategy create(StrategySettings settings) {
            StrategyOptions options = settings.options();
            return new DynamicWeightAverage(settings.taskCount(), options.dwaTemperature(), options.dwaWindow());
        }
    }
}
