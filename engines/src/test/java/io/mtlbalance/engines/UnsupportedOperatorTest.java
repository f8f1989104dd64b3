package io.mtlbalance.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.mtlbalance.core.balancing.EqualWeighting;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.engine.EngineOperationException;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.task.TaskKind;
import io.mtlbalance.core.task.TaskLoss;
import io.mtlbalance.core.task.TaskMetric;
import io.mtlbalance.core.training.BalancedStep;
import io.mtlbalance.core.training.GradientProbeMode;
import io.mtlbalance.core.training.StepRecord;
import io.mtlbalance.core.training.TrainingSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A loss built on {@code gather}, which DJL's PyTorch engine implements and its MXNet engine
 * does not: on MXNet the step must fail with a message that names the engine and the
 * operator, and the same step must run on PyTorch.
 */
class UnsupportedOperatorTest {

    private final ParityProblem problem = new ParityProblem(5, 1);

    @Test
    void missingOperatorNamesEngineAndOperator() {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> runGatherStep(TestAdapters.MXNET));

        EngineOperationException failure = assertInstanceOf(EngineOperationException.class, thrown);
        assertEquals("MXNet", failure.engineName());
        assertEquals("MxNDArray.gather", failure.operation());
        assertTrue(failure.getMessage().startsWith("the MXNet engine failed in training step 0 at MxNDArray.gather"),
                failure.getMessage());
    }

    @Test
    void sameStepRunsOnPyTorch() {
        StepRecord record = runGatherStep(TestAdapters.PYTORCH);

        assertTrue(Double.isFinite(record.losses().get(1)), "loss " + record.losses());
    }

    private StepRecord runGatherStep(EngineAdapter adapter) {
        List<Task> tasks = List.of(problem.tasks.get(0), gatherClassification(), problem.tasks.get(2));
        MultitaskModel model = problem.model();
        try (TrainingSession session = new TrainingSession(adapter.newManager(), model, ParityProblem.EXAMPLE, 0.01);
                NDManager stepManager = session.manager().newSubManager()) {
            BalancedStep step = new BalancedStep(model, tasks, new EqualWeighting(3), GradientProbeMode.SHARED_LAYER);
            return step.run(session.store(), problem.batch(stepManager, 0), 0);
        }
    }

    /** Returns a 4-class task whose loss picks each example's log-probability with {@code gather}. */
    private static Task gatherClassification() {
        TaskLoss loss = new TaskLoss() {
            @Override
            public String name() {
                return "gather-nll";
            }

            @Override
            public NDArray compute(NDArray prediction, NDArray label) {
                NDArray index = label.reshape(-1, 1).toType(DataType.INT64, false);
                return prediction.logSoftmax(-1).gather(index, 1).mean().neg();
            }
        };
        return new Task("classes", TaskKind.CLASSIFICATION, 4, loss, List.of(TaskMetric.accuracy()), Math.log(4));
    }
}
