package io.mtlbalance.core.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import io.mtlbalance.core.balancing.GradNorm;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.training.BalancedStep;
import io.mtlbalance.core.training.GradientProbeMode;
import io.mtlbalance.core.training.StepRecord;
import io.mtlbalance.core.training.TrainingSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Runs the library example of the README and checks that the README shows exactly this code. */
class ReadmeExampleTest {

    private final Random random = new Random(7);
    private final List<StepRecord> records = new ArrayList<>();

    @Test
    void readmeExampleTrainsWithGradNorm() {
        runExample();

        assertEquals(200, records.size());
        StepRecord last = records.get(records.size() - 1);
        assertEquals(2.0, last.weights().sum(), 1e-9);
        assertTrue(last.weights().get(0) != 1.0, "GradNorm moved the weights: " + last.weights());
    }

    @Test
    void readmeShowsThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/mtlbalance/core/example/ReadmeExampleTest.java"));
        String readme = Files.readString(Path.of("..", "README.md"));

        String example = between(source, "// example-start\n", "        // example-end");
        assertTrue(readme.contains(dedent(example)), "README.md must contain the example of runExample() verbatim");
    }

    private void runExample() {
        // example-start
        List<Task> tasks = List.of(Task.regression("depth", 1), Task.classification("kind", 3));
        MultitaskModel model = MultitaskModel.builder()
                .trunk(new SequentialBlock().add(Linear.builder().setUnits(64).build()).add(Activation::relu))
                .sharedUnits(32)
                .addHead(Linear.builder().setUnits(1).build())
                .addHead(Linear.builder().setUnits(3).build())
                .build();
        GradNorm gradNorm = new GradNorm(tasks, StrategyOptions.defaults().withAlpha(1.5));
        BalancedStep balancedStep = new BalancedStep(model, tasks, gradNorm, GradientProbeMode.SHARED_LAYER);

        NDManager manager = NDManager.newBaseManager("PyTorch");
        try (TrainingSession session = new TrainingSession(manager, model, new Shape(10), 1e-3)) {
            for (int step = 0; step < 200; step++) {
                try (NDManager stepManager = session.manager().newSubManager()) {
                    MultitaskBatch batch = yourBatch(stepManager); // inputs plus one label array per task
                    StepRecord record = balancedStep.run(session.store(), batch, step);
                    session.update();
                    keep(record); // losses, GradNorm's weights and the gradient norms of this step
                }
            }
        }
        // example-end
    }

    private MultitaskBatch yourBatch(NDManager manager) {
        float[] inputs = new float[32 * 10];
        float[] depth = new float[32];
        float[] kind = new float[32];
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 10; j++) {
                inputs[i * 10 + j] = (float) random.nextGaussian();
            }
            depth[i] = 50 * inputs[i * 10];
            kind[i] = kindOf(inputs[i * 10 + 1]);
        }
        return new MultitaskBatch(
                manager.create(inputs, new Shape(32, 10)),
                new NDList(manager.create(depth, new Shape(32, 1)), manager.create(kind, new Shape(32, 1))));
    }

    /** Returns class 0, 1 or 2 for a value below -0.5, up to 0.5, or above. */
    private static float kindOf(float value) {
        if (value > 0.5) {
            return 2;
        }
        if (value > -0.5) {
            return 1;
        }
        return 0;
    }

    private void keep(StepRecord record) {
        records.add(record);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String dedent(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            out.append(line.startsWith("        ") ? line.substring(8) : line).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
