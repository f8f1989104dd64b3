package io.mtlbalance.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.data.InMemoryMultitaskDataset;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.model.SharedActivation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A trial stopped after a checkpoint and continued from it records exactly the steps and
 * evaluations of a trial that ran through.
 */
class CheckpointRoundTripTest {

    private final SmallProblem problem = new SmallProblem();

    @Test
    void resumedTrialMatchesUninterruptedTrial() {
        MultitaskDataset dataset = dataset();
        TrainerConfig config = TrainerConfig.builder().steps(30).batchSize(8).evaluationInterval(10)
                .checkpointInterval(10).seed(5).build();
        List<String> uninterrupted = train(dataset, config, new MemoryStore());

        MemoryStore store = new MemoryStore();
        TrainerConfig stopEarly = TrainerConfig.builder().steps(30).batchSize(8).evaluationInterval(10)
                .checkpointInterval(10).seed(5).build();
        List<String> firstPart = new ArrayList<>();
        try {
            new MultitaskTrainer(TestEngine.PYTORCH, stopEarly).train(problem.model(SharedActivation.RELU), dataset,
                    new GradNorm(problem.tasks, StrategyOptions.defaults()), new StopAfter(25, firstPart), store);
        } catch (Stopped expected) {
            // The trial was cut after step 25, past its checkpoint at 20, as a killed process would be.
        }
        List<String> resumed = train(dataset, config, store);

        List<String> combined = new ArrayList<>(firstPart.stream().filter(line -> stepOf(line) < 20).toList());
        combined.addAll(resumed);
        assertEquals(uninterrupted, combined);
    }

    private List<String> train(MultitaskDataset dataset, TrainerConfig config, CheckpointStore store) {
        List<String> lines = new ArrayList<>();
        new MultitaskTrainer(TestEngine.PYTORCH, config).train(problem.model(SharedActivation.RELU), dataset,
                new GradNorm(problem.tasks, StrategyOptions.defaults()), new StopAfter(-1, lines), store);
        return lines;
    }

    private static long stepOf(String line) {
        return Long.parseLong(line.substring(line.indexOf(' ') + 1, line.indexOf(':')));
    }

    private MultitaskDataset dataset() {
        Random random = new Random(3);
        InMemoryMultitaskDataset.Builder builder = InMemoryMultitaskDataset.builder().name("small")
                .tasks(problem.tasks).exampleShape(SmallProblem.EXAMPLE);
        for (Split split : Split.values()) {
            int size = 40;
            float[] inputs = gaussian(random, size * 5);
            float[] classes = new float[size];
            for (int i = 0; i < size; i++) {
                classes[i] = random.nextInt(4);
            }
            builder.split(split, size, inputs, List.of(gaussian(random, size * 3), classes, gaussian(random, size * 2)),
                    List.of(new ai.djl.ndarray.types.Shape(3), new ai.djl.ndarray.types.Shape(),
                            new ai.djl.ndarray.types.Shape(2)));
        }
        return builder.build();
    }

    private static float[] gaussian(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** Records steps and evaluations as text, and stops the trial after a given step (-1: never). */
    private static final class StopAfter implements TrainingListener {
        private final long lastStep;
        private final List<String> lines;

        StopAfter(long lastStep, List<String> lines) {
            this.lastStep = lastStep;
            this.lines = lines;
        }

        @Override
        public void onStep(StepRecord record) {
            lines.add("step " + record.step() + ": " + record.losses() + " " + record.weights() + " "
                    + record.gradientNorms().map(Object::toString).orElse(""));
            if (record.step() == lastStep) {
                throw new Stopped();
            }
        }

        @Override
        public void onEvaluation(EvaluationRecord record) {
            lines.add("evaluation " + record.step() + ": " + record.tasks() + " " + record.normalizedLoss());
        }
    }

    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Keeps the latest checkpoint in memory. */
    private static final class MemoryStore implements CheckpointStore {
        private byte[] latest;

        @Override
        public Optional<byte[]> read() {
            return Optional.ofNullable(latest);
        }

        @Override
        public void write(byte[] checkpoint) {
            latest = checkpoint;
        }
    }
}
