package io.mtlbalance.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.model.SharedActivation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task whose head ignores the shared representation has a zero gradient at W; GradNorm stays finite. */
class ZeroGradientTaskTest {

    private final SmallProblem problem = new SmallProblem();

    @Test
    void detachedHeadGivesFiniteWeights() {
        SequentialBlock detached = new SequentialBlock()
                .add(inputs -> new NDList(inputs.singletonOrThrow().mul(0f)))
                .add(Linear.builder().setUnits(2).build());
        TrainerConfig config = TrainerConfig.builder().steps(50).batchSize(8).evaluationInterval(50).seed(2).build();
        List<StepRecord> records = new ArrayList<>();

        new MultitaskTrainer(TestEngine.PYTORCH, config).train(problem.model(SharedActivation.RELU, detached),
                problem.dataset(40), new GradNorm(problem.tasks, StrategyOptions.defaults()), new TrainingListener() {
                    @Override
                    public void onStep(StepRecord record) {
                        records.add(record);
                    }
                });

        assertEquals(50, records.size());
        for (StepRecord record : records) {
            assertEquals(0.0, record.gradientNorms().orElseThrow().get(2), "norm of the detached task at step " + record.step());
            for (int task = 0; task < 3; task++) {
                double weight = record.weights().get(task);
                assertTrue(Double.isFinite(weight), "weight " + task + " at step " + record.step() + ": " + weight);
                assertTrue(weight > 0, "weight " + task + " at step " + record.step() + ": " + weight);
            }
            assertEquals(3.0, record.weights().sum(), 1e-9);
        }
    }
}
