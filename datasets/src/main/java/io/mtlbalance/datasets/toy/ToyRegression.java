package io.mtlbalance.datasets.toy;

import ai.djl.ndarray.types.Shape;
import io.mtlbalance.core.data.InMemoryMultitaskDataset;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.task.Task;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * One drawn instance of the GradNorm paper's synthetic regression: T tasks with targets
 * {@code f_i(x) = sigma_i * tanh((B + eps_i) x)}, where {@code B} and every {@code eps_i} are
 * {@code outputSize x inputSize} matrices drawn once, and x is drawn anew for each example.
 *
 * <p>All randomness comes from {@link java.util.Random}, whose {@code nextGaussian} (the polar
 * method with {@code StrictMath}) and {@code nextLong} are fixed by the Java SE specification,
 * so a seed gives the same data on every conforming JVM. The seed first draws four stream
 * seeds, one each for the matrices, the scales, the training inputs and the test inputs, so
 * changing a split size changes neither the matrices nor the other split. Entries are drawn in
 * row-major order: B, then eps_1 to eps_T; each log-uniform scale is {@code exp(ln min + u (ln
 * max - ln min))} with {@code u = nextDouble()}.
 *
 * <p>Inputs are rounded to float first and the targets are computed in double from those float
 * inputs, then rounded to float, so the stored inputs are exactly the x behind the stored
 * targets. Immutable.
 */
public final class ToyRegression {

    private final ToyRegressionConfig config;
    private final long seed;
    private final double[] base;
    private final double[][] taskOffsets;
    private final double[] sigmas;
    private final Map<Split, float[]> inputs = new EnumMap<>(Split.class);
    private final Map<Split, List<float[]>> targets = new EnumMap<>(Split.class);

    private ToyRegression(ToyRegressionConfig config, long seed, int trainSize, int testSize) {
        this.config = config;
        this.seed = seed;
        Random master = new Random(seed);
        Random matrixRandom = new Random(master.nextLong());
        Random sigmaRandom = new Random(master.nextLong());
        Random trainRandom = new Random(master.nextLong());
        Random testRandom = new Random(master.nextLong());

        int matrixSize = config.outputSize() * config.inputSize();
        this.base = gaussians(matrixRandom, matrixSize, config.baseStd());
        this.taskOffsets = new double[config.taskCount()][];
        for (int task = 0; task < config.taskCount(); task++) {
            taskOffsets[task] = gaussians(matrixRandom, matrixSize, config.taskStd());
        }
        this.sigmas = drawSigmas(config, sigmaRandom);

        generateSplit(Split.TRAIN, trainSize, trainRandom);
        generateSplit(Split.TEST, testSize, testRandom);
    }

    /**
     * Draws the matrices and scales from {@code seed} and generates both splits.
     *
     * @param config the problem; not null
     * @param seed any value; the same seed and config give the same data
     * @param trainSize the number of training examples, at least 1
     * @param testSize the number of test examples, at least 1
     * @throws IllegalArgumentException if a size is below 1 or too large for one Java array
     */
    public static ToyRegression generate(ToyRegressionConfig config, long seed, int trainSize, int testSize) {
        Objects.requireNonNull(config, "config");
        checkSize(config, "trainSize", trainSize);
        checkSize(config, "testSize", testSize);
        return new ToyRegression(config, seed, trainSize, testSize);
    }

    private static void checkSize(ToyRegressionConfig config, String field, int size) {
        int widest = Math.max(config.inputSize(), config.outputSize());
        long limit = (Integer.MAX_VALUE - 8) / widest;
        if (size < 1 || size > limit) {
            throw new IllegalArgumentException("invalid toy regression size: " + field + " is " + size
                    + "; it must be between 1 and " + limit + " so that a split fits in Java arrays");
        }
    }

    private static double[] gaussians(Random random, int count, double std) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextGaussian() * std;
        }
        return values;
    }

    private static double[] drawSigmas(ToyRegressionConfig config, Random random) {
        if (!config.drawsSigmas()) {
            return config.fixedSigmas().stream().mapToDouble(Double::doubleValue).toArray();
        }
        double logMin = Math.log(config.sigmaMin());
        double logMax = Math.log(config.sigmaMax());
        double[] drawn = new double[config.taskCount()];
        for (int task = 0; task < drawn.length; task++) {
            drawn[task] = Math.exp(logMin + random.nextDouble() * (logMax - logMin));
        }
        return drawn;
    }

    private void generateSplit(Split split, int size, Random random) {
        int inputSize = config.inputSize();
        float[] x = new float[size * inputSize];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextGaussian() * config.inputStd());
        }
        inputs.put(split, x);

        List<float[]> splitTargets = new ArrayList<>(config.taskCount());
        for (int task = 0; task < config.taskCount(); task++) {
            splitTargets.add(computeTargets(task, x, size));
        }
        targets.put(split, splitTargets);
    }

    private float[] computeTargets(int task, float[] x, int size) {
        int inputSize = config.inputSize();
        int outputSize = config.outputSize();
        double[] weights = new double[base.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = base[i] + taskOffsets[task][i];
        }

        float[] y = new float[size * outputSize];
        for (int example = 0; example < size; example++) {
            int inputOffset = example * inputSize;
            for (int row = 0; row < outputSize; row++) {
                double preActivation = 0;
                int weightOffset = row * inputSize;
                for (int column = 0; column < inputSize; column++) {
                    preActivation += weights[weightOffset + column] * x[inputOffset + column];
                }
                y[example * outputSize + row] = (float) (sigmas[task] * Math.tanh(preActivation));
            }
        }
        return y;
    }

    /** Returns the problem settings. */
    public ToyRegressionConfig config() {
        return config;
    }

    /** Returns the seed everything was drawn from. */
    public long seed() {
        return seed;
    }

    /** Returns the number of tasks T. */
    public int taskCount() {
        return config.taskCount();
    }

    /** Returns the scales sigma_1 to sigma_T, in task order, as a copy. */
    public double[] sigmas() {
        return sigmas.clone();
    }

    /** Returns the entry of the shared matrix B at {@code (row, column)}, row < outputSize. */
    public double base(int row, int column) {
        return base[matrixIndex(row, column)];
    }

    /** Returns the entry of task {@code task}'s offset eps at {@code (row, column)}; tasks count from 0. */
    public double taskOffset(int task, int row, int column) {
        return taskOffsets[Objects.checkIndex(task, taskOffsets.length)][matrixIndex(row, column)];
    }

    private int matrixIndex(int row, int column) {
        Objects.checkIndex(row, config.outputSize());
        Objects.checkIndex(column, config.inputSize());
        return row * config.inputSize() + column;
    }

    /** Returns the number of examples in {@code split}. */
    public int size(Split split) {
        return inputs.get(split).length / config.inputSize();
    }

    /** Returns a copy of the inputs of {@code split}: {@code inputSize} values per example. */
    public float[] inputs(Split split) {
        return inputs.get(split).clone();
    }

    /** Returns a copy of the targets of task {@code task} in {@code split}: {@code outputSize} values per example. */
    public float[] targets(Split split, int task) {
        return targets.get(split).get(Objects.checkIndex(task, config.taskCount())).clone();
    }

    /**
     * Returns the tasks {@code t1} to {@code tT}, each a regression with {@code outputSize}
     * outputs and squared-error loss.
     */
    public List<Task> tasks() {
        List<Task> tasks = new ArrayList<>(config.taskCount());
        for (int task = 1; task <= config.taskCount(); task++) {
            tasks.add(Task.regression("t" + task, config.outputSize()));
        }
        return tasks;
    }

    /** Returns a one-line description of the generator, its seed and its scales. */
    public String source() {
        String sigmaList = Arrays.stream(sigmas).mapToObj(ToyRegression::format).collect(Collectors.joining(", "));
        String sigmaOrigin = config.drawsSigmas()
                ? " (drawn log-uniformly from [" + format(config.sigmaMin()) + ", " + format(config.sigmaMax()) + "])"
                : "";
        return "GradNorm synthetic regression (Chen et al. 2018), java.util.Random seed " + seed
                + ", T=" + config.taskCount() + ", sigma = [" + sigmaList + "]" + sigmaOrigin
                + ", B ~ N(0, " + format(config.baseStd()) + "^2), eps_i ~ N(0, " + format(config.taskStd())
                + "^2), x ~ N(0, " + format(config.inputStd()) + "^2), " + config.inputSize() + " inputs, "
                + config.outputSize() + " outputs per task";
    }

    /**
     * Returns the data as a dataset whose inputs have shape {@code (inputSize)} and whose task
     * labels have shape {@code (outputSize)}.
     *
     * @param name the dataset name, such as {@code toy-t2}; not null
     */
    public MultitaskDataset toDataset(String name) {
        InMemoryMultitaskDataset.Builder builder = InMemoryMultitaskDataset.builder()
                .name(name)
                .source(source())
                .tasks(tasks())
                .exampleShape(new Shape(config.inputSize()));
        List<Shape> labelShapes = new ArrayList<>();
        for (int task = 0; task < config.taskCount(); task++) {
            labelShapes.add(new Shape(config.outputSize()));
        }
        for (Split split : Split.values()) {
            builder.split(split, size(split), inputs.get(split), targets.get(split), labelShapes);
        }
        return builder.build();
    }

    /** Formats {@code value} with at most 4 significant digits and no trailing zeros. */
    private static String format(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
