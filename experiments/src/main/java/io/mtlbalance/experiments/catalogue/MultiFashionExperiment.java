package io.mtlbalance.experiments.catalogue;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.model.SharedActivation;
import io.mtlbalance.core.task.Task;
import java.util.List;

/**
 * Multi-Fashion-MNIST: two Fashion-MNIST items on one canvas, the class of each and a dense
 * reconstruction task whose loss scale differs from the classification losses.
 *
 * <p>The network is a small LeNet-style CNN (two 5x5 convolutions with 16 and 32 channels,
 * each followed by ReLU and 2x2 max pooling), then a 128-unit fully connected ReLU layer that
 * is the last shared layer W. Each classification head is one affine layer; the reconstruction
 * head is a 256-unit ReLU layer followed by an affine output. α is 1.5, the value the GradNorm
 * paper reports for its NYUv2 experiments, which mix classification-like and dense tasks.
 */
public final class MultiFashionExperiment implements ExperimentDefinition {

    /** The name of the dataset this experiment reads. */
    public static final String DATASET = "multi-fashion";

    private static final int SHARED_UNITS = 128;

    /** A short α sweep around this experiment's 1.5 and five grid trials, one protocol seed. */
    private static final ProtocolSchedule QUICK_PROTOCOLS =
            new ProtocolSchedule(PaperComparison.PROTOCOLS, 5, List.of(0.0, 0.5, 1.5, 3.0), 1);

    @Override
    public String description() {
        return "Multi-Fashion-MNIST: left and right item class plus reconstruction, small CNN, alpha 1.5";
    }

    @Override
    public String dataset() {
        return DATASET;
    }

    @Override
    public Schedule schedule(Profile profile) {
        return switch (profile) {
            case TINY -> new Schedule(20, 32, 1e-3, 10, 256, 128);
            // About 3 epochs: Multi-Fashion's 39 quick trials take most of the quick profile's time.
            case QUICK -> new Schedule(600, 64, 1e-3, 150, 12_000, 2_000);
            case PAPER -> new Schedule(12_000, 128, 1e-3, 500, 60_000, 10_000);
        };
    }

    @Override
    public StrategyOptions strategyOptions() {
        return StrategyOptions.defaults().withAlpha(1.5);
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
        SequentialBlock trunk = new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).setFilters(16).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).setFilters(32).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock());
        MultitaskModel.Builder model =
                MultitaskModel.builder().trunk(trunk).sharedUnits(SHARED_UNITS).sharedActivation(SharedActivation.RELU);
        for (Task task : data.tasks()) {
            model.addHead(head(task));
        }
        return model.build();
    }

    private static SequentialBlock head(Task task) {
        SequentialBlock head = new SequentialBlock();
        if (task.outputSize() > 10) {
            head.add(Linear.builder().setUnits(256).build()).add(Activation::relu);
        }
        return head.add(Linear.builder().setUnits(task.outputSize()).build());
    }
}
