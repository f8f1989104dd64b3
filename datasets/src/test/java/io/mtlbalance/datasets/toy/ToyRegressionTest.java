package io.mtlbalance.datasets.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.data.Split;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Checks the generator against the formula, recomputed here with plain loops. */
class ToyRegressionTest {

    private static final ToyRegressionConfig T2 = ToyRegressionConfig.paperTwoTasks();

    @Test
    void sameSeedGivesIdenticalData() {
        ToyRegression first = ToyRegression.generate(T2, 42, 20, 5);
        ToyRegression second = ToyRegression.generate(T2, 42, 20, 5);

        for (Split split : Split.values()) {
            assertArrayEquals(first.inputs(split), second.inputs(split));
            assertArrayEquals(first.targets(split, 0), second.targets(split, 0));
            assertArrayEquals(first.targets(split, 1), second.targets(split, 1));
        }
        assertEquals(first.base(99, 249), second.base(99, 249));
        assertEquals(first.taskOffset(1, 0, 0), second.taskOffset(1, 0, 0));
    }

    @Test
    void differentSeedsGiveDifferentData() {
        ToyRegression first = ToyRegression.generate(T2, 42, 20, 5);
        ToyRegression second = ToyRegression.generate(T2, 43, 20, 5);

        assertFalse(Arrays.equals(first.inputs(Split.TRAIN), second.inputs(Split.TRAIN)));
        assertFalse(Arrays.equals(first.inputs(Split.TEST), second.inputs(Split.TEST)));
        assertFalse(Arrays.equals(first.targets(Split.TRAIN, 0), second.targets(Split.TRAIN, 0)));
        assertTrue(first.base(0, 0) != second.base(0, 0));
    }

    @Test
    void trainSizeLeavesTestSplitUnchanged() {
        ToyRegression small = ToyRegression.generate(T2, 9, 10, 4);
        ToyRegression large = ToyRegression.generate(T2, 9, 30, 4);

        assertArrayEquals(small.inputs(Split.TEST), large.inputs(Split.TEST));
        assertArrayEquals(small.inputs(Split.TRAIN), Arrays.copyOf(large.inputs(Split.TRAIN), 10 * 250));
        assertEquals(small.base(5, 5), large.base(5, 5));
    }

    @Test
    void twoTaskSigmasAreOneAndHundred() {
        ToyRegression toy = ToyRegression.generate(T2, 3, 1, 1);

        assertArrayEquals(new double[] {1.0, 100.0}, toy.sigmas());
    }

    @Test
    void tenTaskSigmasLieInRange() {
        double[] sigmas = ToyRegression.generate(ToyRegressionConfig.paperTenTasks(), 3, 1, 1).sigmas();

        assertEquals(10, sigmas.length);
        for (double sigma : sigmas) {
            assertTrue(sigma >= 1, "sigma " + sigma + " below 1");
            assertTrue(sigma <= 100, "sigma " + sigma + " above 100");
        }
        assertEquals(10, Arrays.stream(sigmas).distinct().count());
    }

    @Test
    void drawnSigmasAreLogUniform() {
        // Tiny matrices so that thousands of tasks stay cheap; only the scales matter here.
        ToyRegressionConfig config = ToyRegressionConfig.builder()
                .taskCount(4000).inputSize(1).outputSize(1).logUniformSigmas(1, 100).build();
        double[] sigmas = ToyRegression.generate(config, 11, 1, 1).sigmas();

        // ln(sigma) is uniform on [0, ln 100]: mean ln 10 = 2.303, standard error 1.329 / sqrt(4000) = 0.021.
        double meanLog = Arrays.stream(sigmas).map(Math::log).average().orElseThrow();
        assertEquals(Math.log(10), meanLog, 0.1);
        double belowTen = Arrays.stream(sigmas).filter(sigma -> sigma < 10).count() / (double) sigmas.length;
        assertEquals(0.5, belowTen, 0.05);
    }

    @Test
    void targetsMatchBruteForceRecomputation() {
        ToyRegression toy = ToyRegression.generate(T2, 2018, 3, 2);
        float[] x = toy.inputs(Split.TRAIN);
        float[] y = toy.targets(Split.TRAIN, 1);
        int example = 2;

        for (int row = 0; row < 100; row++) {
            double sum = 0;
            for (int column = 0; column < 250; column++) {
                double weight = toy.base(row, column) + toy.taskOffset(1, row, column);
                sum += weight * x[example * 250 + column];
            }
            double expected = 100.0 * Math.tanh(sum);
            assertEquals(expected, y[example * 100 + row], 1e-4, "output " + row);
        }
    }

    @Test
    void testTargetsMatchBruteForceRecomputation() {
        ToyRegression toy = ToyRegression.generate(T2, 2018, 3, 2);
        float[] x = toy.inputs(Split.TEST);
        float[] y = toy.targets(Split.TEST, 0);

        for (int row = 0; row < 100; row++) {
            double sum = 0;
            for (int column = 0; column < 250; column++) {
                sum += (toy.base(row, column) + toy.taskOffset(0, row, column)) * x[250 + column];
            }
            assertEquals(Math.tanh(sum), y[100 + row], 1e-6, "output " + row);
        }
    }

    @Test
    void matrixEntriesHavePaperSpreads() {
        ToyRegression toy = ToyRegression.generate(T2, 5, 1, 1);
        double[] base = new double[100 * 250];
        double[] offsets = new double[2 * 100 * 250];
        for (int row = 0; row < 100; row++) {
            for (int column = 0; column < 250; column++) {
                base[row * 250 + column] = toy.base(row, column);
                offsets[row * 250 + column] = toy.taskOffset(0, row, column);
                offsets[25_000 + row * 250 + column] = toy.taskOffset(1, row, column);
            }
        }

        // Standard error of a standard deviation from n normal draws: std / sqrt(2n), about 0.045 and 0.011 here.
        assertEquals(10.0, std(base), 0.25);
        assertEquals(3.5, std(offsets), 0.06);
        assertEquals(0.0, mean(base), 0.3);
        assertEquals(0.0, mean(offsets), 0.1);
    }

    @Test
    void inputsHaveConfiguredSpread() {
        float[] x = ToyRegression.generate(T2, 5, 400, 1).inputs(Split.TRAIN);
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = x[i];
        }

        assertEquals(0.01, std(values), 0.0002);
    }

    @Test
    void defaultInputScaleKeepsTanhUnsaturated() {
        Saturation saturation = saturation(ToyRegression.generate(T2, 1, 300, 1));

        // Where |z| > 3, tanh'(z) = 1 - tanh(z)^2 is below 0.01: the gradient is nearly gone.
        assertTrue(saturation.saturatedShare() < 0.15, "saturated share " + saturation.saturatedShare());
        assertTrue(saturation.meanDerivative() > 0.3, "mean tanh' " + saturation.meanDerivative());
    }

    @Test
    void largeInputScaleSaturatesTanh() {
        ToyRegressionConfig coarse = ToyRegressionConfig.builder().taskCount(2).sigmas(1, 100).inputStd(0.1).build();

        Saturation saturation = saturation(ToyRegression.generate(coarse, 1, 300, 1));

        assertTrue(saturation.saturatedShare() > 0.5, "saturated share " + saturation.saturatedShare());
    }

    @Test
    void sourceNamesGeneratorSeedAndSigmas() {
        String source = ToyRegression.generate(T2, 77, 1, 1).source();

        assertEquals("GradNorm synthetic regression (Chen et al. 2018), java.util.Random seed 77, T=2,"
                + " sigma = [1, 100], B ~ N(0, 10^2), eps_i ~ N(0, 3.5^2), x ~ N(0, 0.01^2), 250 inputs,"
                + " 100 outputs per task", source);
    }

    private static Saturation saturation(ToyRegression toy) {
        float[] x = toy.inputs(Split.TRAIN);
        int size = toy.size(Split.TRAIN);
        long saturated = 0;
        double derivativeSum = 0;
        for (int task = 0; task < toy.taskCount(); task++) {
            for (int example = 0; example < size; example++) {
                for (int row = 0; row < 100; row++) {
                    double z = 0;
                    for (int column = 0; column < 250; column++) {
                        z += (toy.base(row, column) + toy.taskOffset(task, row, column)) * x[example * 250 + column];
                    }
                    saturated += Math.abs(z) > 3 ? 1 : 0;
                    derivativeSum += 1 - Math.tanh(z) * Math.tanh(z);
                }
            }
        }
        double count = toy.taskCount() * size * 100.0;
        return new Saturation(saturated / count, derivativeSum / count);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double std(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    private record Saturation(double saturatedShare, double meanDerivative) {}
}
