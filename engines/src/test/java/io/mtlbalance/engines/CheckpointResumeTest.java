package io.mtlbalance.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import io.mtlbalance.core.balancing.EqualWeighting;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.training.BalancedStep;
import io.mtlbalance.core.training.GradientProbeMode;
import io.mtlbalance.core.training.TrainingSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session restored from a checkpoint keeps training. On every engine, a run saved before
 * step 3 and loaded into a new model and session (initialized from another seed) gives steps 3
 * to 5 the losses of the uninterrupted run.
 */
class CheckpointResumeTest {

    private static final int SAVED_AT = 3;
    private static final int STEPS = 6;

    private final ParityProblem problem = new ParityProblem(5, STEPS);

    static Iterable<EngineAdapter> adapters() {
        return TestAdapters.all();
    }

    @ParameterizedTest
    @MethodSource("adapters")
    void restoredSessionMatchesUninterruptedRun(EngineAdapter adapter) throws IOException {
        double[][] uninterrupted = new double[STEPS][];
        byte[] checkpoint = null;
        adapter.seed(9);
        MultitaskModel model = problem.model();
        try (TrainingSession session = new TrainingSession(adapter.newManager(), model, ParityProblem.EXAMPLE, 0.01)) {
            for (int step = 0; step < STEPS; step++) {
                if (step == SAVED_AT) {
                    checkpoint = save(session);
                }
                uninterrupted[step] = step(adapter, model, session, step);
            }
        }

        adapter.seed(10);
        MultitaskModel restored = problem.model();
        try (TrainingSession session = new TrainingSession(adapter.newManager(), restored, ParityProblem.EXAMPLE, 0.01)) {
            session.load(new DataInputStream(new ByteArrayInputStream(checkpoint)));
            for (int step = SAVED_AT; step < STEPS; step++) {
                double[] losses = step(adapter, restored, session, step);
                for (int task = 0; task < losses.length; task++) {
                    assertEquals(uninterrupted[step][task], losses[task], 1e-6 * uninterrupted[step][task],
                            adapter.name() + ", step " + step + ", task " + task);
                }
            }
        }
    }

    private double[] step(EngineAdapter adapter, MultitaskModel model, TrainingSession session, int step) {
        BalancedStep balancedStep =
                new BalancedStep(model, problem.tasks, new EqualWeighting(3), GradientProbeMode.SHARED_LAYER);
        try (NDManager stepManager = session.manager().newSubManager()) {
            adapter.zeroGradients(TrainingSession.arrays(model));
            double[] losses = balancedStep.run(session.store(), problem.batch(stepManager, step), step).losses().toArray();
            session.update();
            return losses;
        }
    }

    private static byte[] save(TrainingSession session) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            session.save(out);
        }
        return bytes.toByteArray();
    }
}
