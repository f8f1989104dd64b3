package io.mtlbalance.experiments.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.training.MultitaskTrainer;
import io.mtlbalance.core.training.StepRecord;
import io.mtlbalance.core.training.TrainerConfig;
import io.mtlbalance.core.training.TrainingListener;
import io.mtlbalance.datasets.DatasetRequest;
import io.mtlbalance.experiments.bootstrap.Bootstrap;
import io.mtlbalance.experiments.bootstrap.Registry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GradNorm on the paper's synthetic tasks, trained by the real trainer on PyTorch. */
class SyntheticGradNormTest {

    private final Registry registry = Bootstrap.registry(List.of());

    @Test
    void smallScaleTaskWeightRisesWithinHundredSteps() {
        List<StepRecord> records = train("toy-t2", 100, 1);

        // Task t1 has sigma 1 and task t2 sigma 100, so t2's gradients dwarf t1's and GradNorm
        // must shift weight towards t1.
        StepRecord last = records.get(records.size() - 1);
        assertEquals(1.0, records.get(0).weights().get(0), 1e-12);
        assertTrue(last.weights().get(0) > 1.05, "weight of the sigma=1 task after 100 steps: " + last.weights());
        assertTrue(last.weights().get(1) < 0.95, "weight of the sigma=100 task after 100 steps: " + last.weights());
        assertEquals(2.0, last.weights().sum(), 1e-9);
    }

    @Test
    void tenThousandStepsStayFinite() {
        List<StepRecord> records = train("toy-t2", 10_000, 2);

        assertEquals(10_000, records.size());
        for (StepRecord record : records) {
            assertEquals(-1, record.weights().firstNonFinite(), "weights at step " + record.step());
            assertEquals(-1, record.losses().firstNonFinite(), "losses at step " + record.step());
            assertEquals(-1, record.gradientNorms().orElseThrow().firstNonFinite(), "norms at step " + record.step());
            for (int task = 0; task < 2; task++) {
                assertTrue(record.weights().get(task) > 0, "weight " + task + " at step " + record.step());
            }
            assertEquals(2.0, record.weights().sum(), 1e-9, "weight sum at step " + record.step());
        }
    }

    private List<StepRecord> train(String experimentName, int steps, long seed) {
        ExperimentDefinition experiment = registry.experiment(experimentName);
        Schedule schedule = experiment.schedule(Profile.QUICK);
        MultitaskDataset dataset = registry.dataset(experiment.dataset())
                .create(DatasetRequest.builder().seed(1).trainSize(2000).testSize(200).build());
        BalancingStrategy gradNorm = registry.strategy("gradnorm")
                .create(new StrategySettings(dataset.tasks(), seed, experiment.strategyOptions()));
        TrainerConfig config = TrainerConfig.builder().steps(steps).batchSize(schedule.batchSize())
                .learningRate(schedule.learningRate()).evaluationInterval(steps).seed(seed).build();

        List<StepRecord> records = new ArrayList<>();
        new MultitaskTrainer(registry.engine("pytorch"), config).train(
                experiment.buildModel(dataset), dataset, gradNorm, new TrainingListener() {
                    @Override
                    public void onStep(StepRecord record) {
                        records.add(record);
                    }
                });
        return records;
    }
}
