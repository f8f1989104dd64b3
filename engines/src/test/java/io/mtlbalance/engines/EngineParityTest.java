package io.mtlbalance.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.BuiltinStrategies;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.balancing.TaskValues;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.training.BalancedStep;
import io.mtlbalance.core.training.GradientProbeMode;
import io.mtlbalance.core.training.StepRecord;
import io.mtlbalance.core.training.TrainingSession;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MXNet against PyTorch on the same experiment: the same initial parameters (initialized on
 * PyTorch and copied into the MXNet model), the same batches and the same strategy. Per-step
 * losses, weights and gradient norms must agree to 1e-5 relative at the first step, where only
 * float rounding differs, and to 1% over 200 steps, where rounding differences compound.
 */
class EngineParityTest {

    private static final Logger LOG = LoggerFactory.getLogger(EngineParityTest.class);

    private static final int STEPS = 200;
    private static final double FIRST_STEP_TOLERANCE = 1e-5;
    private static final double RUN_TOLERANCE = 0.01;
    private static final double LEARNING_RATE = 0.01;

    @ParameterizedTest
    @CsvSource({"equal, SHARED_LAYER", "gradnorm, SHARED_LAYER", "gradnorm, BRUTE_FORCE", "uncertainty, SHARED_LAYER"})
    void mxnetTracksPyTorch(String strategy, GradientProbeMode probeMode) {
        ParityProblem problem = new ParityProblem(17, STEPS);
        Differences firstStep = new Differences();
        Differences wholeRun = new Differences();

        try (Trial pytorch = new Trial(TestAdapters.PYTORCH, problem, strategy, probeMode);
                Trial mxnet = new Trial(TestAdapters.MXNET, problem, strategy, probeMode)) {
            mxnet.copyParametersFrom(pytorch);
            for (int step = 0; step < STEPS; step++) {
                StepRecord expected = pytorch.step(step);
                StepRecord actual = mxnet.step(step);
                if (step == 0) {
                    firstStep.add(expected, actual);
                }
                wholeRun.add(expected, actual);
            }
        }

        LOG.info("{} ({} probe): largest relative difference MXNet vs PyTorch at step 0 {}, over {} steps {}",
                strategy, probeMode, firstStep, STEPS, wholeRun);
        for (Quantity quantity : wholeRun.compared()) {
            assertTrue(firstStep.largest(quantity) <= FIRST_STEP_TOLERANCE,
                    strategy + ": " + quantity + " differs by " + firstStep.largest(quantity) + " at step 0");
            assertTrue(wholeRun.largest(quantity) <= RUN_TOLERANCE,
                    strategy + ": " + quantity + " differs by " + wholeRun.largest(quantity) + " within " + STEPS
                            + " steps");
        }
    }

    /** The per-step quantities compared between engines. */
    private enum Quantity {
        LOSS,
        WEIGHT,
        GRADIENT_NORM
    }

    /** The largest relative difference seen per quantity; only measured quantities appear. */
    private static final class Differences {
        private final Map<Quantity, Double> largest = new EnumMap<>(Quantity.class);

        void add(StepRecord expected, StepRecord actual) {
            add(Quantity.LOSS, expected.losses(), actual.losses());
            add(Quantity.WEIGHT, expected.weights(), actual.weights());
            assertEquals(expected.gradientNorms().isPresent(), actual.gradientNorms().isPresent(),
                    "both engines measure gradient norms, or neither");
            if (expected.gradientNorms().isPresent()) {
                add(Quantity.GRADIENT_NORM, expected.gradientNorms().get(), actual.gradientNorms().get());
            }
        }

        private void add(Quantity quantity, TaskValues expected, TaskValues actual) {
            for (int task = 0; task < expected.size(); task++) {
                double scale = Math.max(Math.abs(expected.get(task)), Math.abs(actual.get(task)));
                double relative = scale == 0 ? 0 : Math.abs(expected.get(task) - actual.get(task)) / scale;
                largest.merge(quantity, relative, Math::max);
            }
        }

        Set<Quantity> compared() {
            return largest.keySet();
        }

        double largest(Quantity quantity) {
            return largest.get(quantity);
        }

        @Override
        public String toString() {
            return largest.toString();
        }
    }

    /** One engine's model, session and strategy, stepped through the problem's batches. */
    private static final class Trial implements AutoCloseable {
        private final EngineAdapter adapter;
        private final ParityProblem problem;
        private final MultitaskModel model;
        private final TrainingSession session;
        private final BalancedStep balancedStep;

        Trial(EngineAdapter adapter, ParityProblem problem, String strategyName, GradientProbeMode probeMode) {
            this.adapter = adapter;
            this.problem = problem;
            adapter.seed(3);
            this.model = problem.model();
            NDManager manager = adapter.newManager();
            this.session = new TrainingSession(manager, model, ParityProblem.EXAMPLE, LEARNING_RATE);
            BalancingStrategy strategy = BuiltinStrategies.factories().get(strategyName)
                    .create(new StrategySettings(problem.tasks, 3, StrategyOptions.defaults()));
            this.balancedStep = new BalancedStep(model, problem.tasks, strategy, probeMode);
        }

        /** Overwrites every parameter with the value of the parameter at the same place in {@code source}. */
        void copyParametersFrom(Trial source) {
            PairList<String, Parameter> from = source.model.getParameters();
            PairList<String, Parameter> to = model.getParameters();
            assertEquals(from.size(), to.size(), "parameter count");
            for (int i = 0; i < from.size(); i++) {
                Pair<String, Parameter> pair = from.get(i);
                assertEquals(pair.getKey(), to.get(i).getKey(), "parameter " + i);
                to.get(i).getValue().getArray().set(pair.getValue().getArray().toFloatArray());
            }
        }

        StepRecord step(int step) {
            try (NDManager stepManager = session.manager().newSubManager()) {
                adapter.zeroGradients(TrainingSession.arrays(model));
                StepRecord record = balancedStep.run(session.store(), problem.batch(stepManager, step), step);
                session.update();
                return record;
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
