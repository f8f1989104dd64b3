package io.mtlbalance.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.model.SharedActivation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The trainer's fast step against one full backward pass per task: the gradient norms at W,
 * the network's gradients and GradNorm's weight update agree to 1e-5.
 */
class BalancedStepReferenceTest {

    private static final double TOLERANCE = 1e-5;
    private static final double[] WEIGHTS = {2.0, 0.5, 1.5};

    private final SmallProblem problem = new SmallProblem();

    @ParameterizedTest
    @EnumSource(GradientProbeMode.class)
    void normsAtSharedLayerMatchBruteForce(GradientProbeMode mode) {
        for (SharedActivation activation : SharedActivation.values()) {
            try (Fixture fixture = new Fixture(activation, 11)) {
                BruteForceReference reference = fixture.reference(WEIGHTS);
                FixedWeightsProbe probe = new FixedWeightsProbe(WEIGHTS);

                StepRecord record = fixture.step(probe, mode);

                for (int task = 0; task < WEIGHTS.length; task++) {
                    double expected = reference.sharedWeightNorms[task];
                    assertEquals(expected, record.gradientNorms().orElseThrow().get(task), TOLERANCE * expected,
                            activation + ", task " + task + ": weighted norm");
                    assertEquals(expected / WEIGHTS[task], probe.lastNorms.unweightedNorms().get(task),
                            TOLERANCE * expected / WEIGHTS[task], activation + ", task " + task + ": unweighted norm");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GradientProbeMode.class)
    void networkGradientIsWeightedSumOfTaskGradients(GradientProbeMode mode) {
        try (Fixture fixture = new Fixture(SharedActivation.RELU, 12)) {
            BruteForceReference reference = fixture.reference(WEIGHTS);

            fixture.step(new FixedWeightsProbe(WEIGHTS), mode);

            for (Parameter parameter : fixture.model.sharedParameters()) {
                float[] expected = reference.summed(parameter.getId());
                assertClose(expected, gradient(parameter), "shared parameter " + parameter.getName());
            }
            for (int task = 0; task < WEIGHTS.length; task++) {
                for (Parameter parameter : fixture.model.headParameters(task)) {
                    float[] expected = reference.gradients.get(task).get(parameter.getId());
                    assertClose(expected, gradient(parameter), "head " + task + " parameter " + parameter.getName());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GradientProbeMode.class)
    void gradNormFirstUpdateMatchesHandComputation(GradientProbeMode mode) {
        try (Fixture fixture = new Fixture(SharedActivation.RELU, 13)) {
            BruteForceReference reference = fixture.reference(new double[] {1, 1, 1});
            GradNorm gradNorm = new GradNorm(problem.tasks, StrategyOptions.defaults());

            fixture.step(gradNorm, mode);

            // At the first step L_i(0) = L_i, so every loss ratio is 1, r_i = 1 and the target is the
            // mean norm. Adam's first step moves each weight by lr * g / |g|, that is -0.025 * sign.
            double[] norms = reference.sharedWeightNorms;
            double mean = (norms[0] + norms[1] + norms[2]) / 3;
            double[] expected = new double[3];
            double sum = 0;
            for (int task = 0; task < 3; task++) {
                expected[task] = 1 - 0.025 * Math.signum(norms[task] - mean);
                sum += expected[task];
            }
            for (int task = 0; task < 3; task++) {
                expected[task] *= 3 / sum;
            }
            assertArrayEquals(expected, gradNorm.saveState().vector("weights"), TOLERANCE);
            assertArrayEquals(reference.losses, gradNorm.initialLosses().toArray(), TOLERANCE);
        }
    }

    @ParameterizedTest
    @EnumSource(GradientProbeMode.class)
    void doublingWeightDoublesGradientNorm(GradientProbeMode mode) {
        double[] single;
        double[] doubled;
        try (Fixture fixture = new Fixture(SharedActivation.TANH, 14)) {
            single = fixture.step(new FixedWeightsProbe(1, 1, 1), mode).gradientNorms().orElseThrow().toArray();
        }
        try (Fixture fixture = new Fixture(SharedActivation.TANH, 14)) {
            doubled = fixture.step(new FixedWeightsProbe(2, 1, 1), mode).gradientNorms().orElseThrow().toArray();
        }

        assertEquals(2 * single[0], doubled[0], TOLERANCE * single[0]);
        assertEquals(single[1], doubled[1], TOLERANCE * single[1]);
        assertEquals(single[2], doubled[2], TOLERANCE * single[2]);
    }

    private static float[] gradient(Parameter parameter) {
        return parameter.getArray().getGradient().toFloatArray();
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        double scale = Math.max(1e-3, BruteForceReference.norm(expected));
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE * scale, what + " at " + i);
        }
    }

    /** One initialized model, its session and one batch, all freed on close. */
    private final class Fixture implements AutoCloseable {
        final MultitaskModel model;
        final TrainingSession session;
        final MultitaskBatch batch;

        Fixture(SharedActivation activation, long seed) {
            Engine.getEngine("PyTorch").setRandomSeed((int) seed);
            model = problem.model(activation);
            NDManager manager = NDManager.newBaseManager("PyTorch");
            session = new TrainingSession(manager, model, SmallProblem.EXAMPLE, 1e-3);
            batch = problem.batch(manager, seed);
        }

        BruteForceReference reference(double[] weights) {
            return new BruteForceReference(session, model, problem.tasks, batch, weights);
        }

        StepRecord step(io.mtlbalance.core.balancing.BalancingStrategy strategy, GradientProbeMode mode) {
            return new BalancedStep(model, problem.tasks, strategy, mode).run(session.store(), batch, 0);
        }

        @Override
        public void close() {
            session.close();
        }
    }

}
