package io.mtlbalance.experiments.catalogue;

import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.model.SharedActivation;
import io.mtlbalance.core.task.Task;
import java.util.List;

/**
 * GradNorm's synthetic regression (Chen et al., ICML 2018, section 4) with the paper's
 * network: four fully connected ReLU layers of 100 units shared by all tasks, the fourth being
 * the last shared layer W, then one affine head per task, and α = 0.12.
 *
 * <p>The paper does not give the optimizer settings of this experiment; Adam with learning
 * rate 1e-3 and batches of 100 are our choice.
 */
public final class SyntheticExperiment implements ExperimentDefinition {

    private static final int UNITS = 100;

    /** A short α sweep around the paper's 0.12 and five grid trials, one protocol seed. */
    private static final ProtocolSchedule QUICK_PROTOCOLS =
            new ProtocolSchedule(PaperComparison.PROTOCOLS, 5, List.of(0.0, 0.12, 1.0, 3.0), 1);

    private final String dataset;
    private final int taskCount;

    /**
     * Creates the experiment on the synthetic dataset bound as {@code dataset}.
     *
     * @param dataset the dataset factory's name, such as {@code toy-t2}
     * @param taskCount the number of tasks that dataset has, for the description
     */
    public SyntheticExperiment(String dataset, int taskCount) {
        this.dataset = dataset;
        this.taskCount = taskCount;
    }

    @Override
    public String description() {
        return "GradNorm's synthetic regression, T=" + taskCount + ", 4x100 ReLU trunk, alpha 0.12";
    }

    @Override
    public String dataset() {
        return dataset;
    }

    @Override
    public Schedule schedule(Profile profile) {
        return switch (profile) {
            case TINY -> new Schedule(40, 32, 1e-3, 20, 256, 128);
            case QUICK -> new Schedule(2000, 100, 1e-3, 100, 10_000, 2_000);
            case PAPER -> new Schedule(15_000, 100, 1e-3, 250, 10_000, 2_000);
        };
    }

    @Override
    public StrategyOptions strategyOptions() {
        return StrategyOptions.defaults().withAlpha(0.12);
    }

    @Override
    public List<String> defaultStrategies() {
        return PaperComparison.STRATEGIES;
    }

    @Override
    public ProtocolSchedule protocolSchedule(Profile profile) {
        return switch (profile) {
            case TINY -> PaperComparison.TINY;
            case QUICK -> QUICK_PROTOCOLS;
            case PAPER -> PaperComparison.PAPER;
        };
    }

    @Override
    public MultitaskModel buildModel(MultitaskDataset data) {
        SequentialBlock trunk = new SequentialBlock();
        for (int layer = 0; layer < 3; layer++) {
            trunk.add(Linear.builder().setUnits(UNITS).build()).add(Activation::relu);
        }
        MultitaskModel.Builder model =
                MultitaskModel.builder().trunk(trunk).sharedUnits(UNITS).sharedActivation(SharedActivation.RELU);
        for (Task task : data.tasks()) {
            model.addHead(Linear.builder().setUnits(task.outputSize()).build());
        }
        return model.build();
    }
}
