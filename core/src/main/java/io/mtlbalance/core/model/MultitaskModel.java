package io.mtlbalance.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hard-parameter-sharing network: {@code trunk -> last shared layer -> one head per task}.
 *
 * <p>The last shared layer is a fully connected layer {@code a = z W^T + b} followed by an
 * elementwise {@link SharedActivation}; its weight matrix {@code W} is where GradNorm measures
 * per-task gradient norms. The trunk and the heads are arbitrary DJL blocks. As a DJL block,
 * {@link #forward} returns one prediction per task, in task order.
 *
 * <p>Limitations: the gradient probe relies on the last shared layer being fully connected,
 * so a convolutional trunk must end in a flatten and a dense layer.
 */
public final class MultitaskModel extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block trunk;
    private final Linear sharedLayer;
    private final SharedActivation activation;
    private final List<Block> heads;

    private MultitaskModel(Builder builder) {
        super(VERSION);
        this.trunk = addChildBlock("trunk", builder.trunk);
        this.sharedLayer =
                addChildBlock("shared", Linear.builder().setUnits(builder.sharedUnits).build());
        this.activation = builder.activation;
        List<Block> added = new ArrayList<>();
        for (int i = 0; i < builder.heads.size(); i++) {
            added.add(addChildBlock("head" + i, builder.heads.get(i)));
        }
        this.heads = List.copyOf(added);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the number of heads, one per task. */
    public int taskCount() {
        return heads.size();
    }

    /** Returns the weight parameter {@code W} of the last shared layer, shape (units, in). */
    public Parameter sharedWeight() {
        return sharedLayer.getParameters().get("weight");
    }

    /** Returns the activation after the last shared layer. */
    public SharedActivation sharedActivation() {
        return activation;
    }

    /** Returns the parameters of the trunk and the last shared layer. */
    public List<Parameter> sharedParameters() {
        List<Parameter> shared = new ArrayList<>(trunk.getParameters().values());
        shared.addAll(sharedLayer.getParameters().values());
        return shared;
    }

    /** Returns the parameters of head {@code task}. */
    public List<Parameter> headParameters(int task) {
        return heads.get(task).getParameters().values();
    }

    /**
     * Runs the trunk and the last shared layer, keeping the values the gradient probe needs.
     *
     * @param store supplies parameter values
     * @param input a batch of inputs
     * @param training whether dropout and batch statistics act as in training
     */
    public SharedForward forwardShared(ParameterStore store, NDArray input, boolean training) {
        NDArray sharedInput = trunk.forward(store, new NDList(input), training).singletonOrThrow();
        NDArray preActivation =
                sharedLayer.forward(store, new NDList(sharedInput), training).singletonOrThrow();
        return new SharedForward(sharedInput, preActivation, activation.apply(preActivation));
    }

    /** Runs head {@code task} on a shared representation and returns its prediction. */
    public NDArray forwardHead(int task, ParameterStore store, NDArray representation, boolean training) {
        return heads.get(task).forward(store, new NDList(representation), training).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray representation = forwardShared(store, inputs.singletonOrThrow(), training).representation();
        NDList predictions = new NDList(heads.size());
        for (int task = 0; task < heads.size(); task++) {
            predictions.add(forwardHead(task, store, representation, training));
        }
        return predictions;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape representation = representationShape(inputShapes);
        Shape[] outputs = new Shape[heads.size()];
        for (int task = 0; task < heads.size(); task++) {
            outputs[task] = heads.get(task).getOutputShapes(new Shape[] {representation})[0];
        }
        return outputs;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes);
        Shape trunkOutput = trunk.getOutputShapes(inputShapes)[0];
        sharedLayer.initialize(manager, dataType, trunkOutput);
        Shape representation = sharedLayer.getOutputShapes(new Shape[] {trunkOutput})[0];
        for (Block head : heads) {
            head.initialize(manager, dataType, representation);
        }
    }

    private Shape representationShape(Shape[] inputShapes) {
        Shape trunkOutput = trunk.getOutputShapes(inputShapes)[0];
        return sharedLayer.getOutputShapes(new Shape[] {trunkOutput})[0];
    }

    /**
     * Builds a {@link MultitaskModel}: the trunk, the width of the last shared layer, its
     * activation (ReLU unless set) and one head per task.
     */
    public static final class Builder {
        private Block trunk;
        private int sharedUnits;
        private SharedActivation activation = SharedActivation.RELU;
        private final List<Block> heads = new ArrayList<>();

        private Builder() {}

        /** Sets the blocks before the last shared layer; its output must be (batch, features). */
        public Builder trunk(Block trunk) {
            this.trunk = trunk;
            return this;
        }

        /** Sets the width of the last shared layer. */
        public Builder sharedUnits(int units) {
            this.sharedUnits = units;
            return this;
        }

        /** Sets the activation after the last shared layer. */
        public Builder sharedActivation(SharedActivation activation) {
            this.activation = Objects.requireNonNull(activation, "activation");
            return this;
        }

        /** Adds the head of the next task. */
        public Builder addHead(Block head) {
            heads.add(Objects.requireNonNull(head, "head"));
            return this;
        }

        /** Validates and builds the model; parameters are created by {@code initialize}. */
        public MultitaskModel build() {
            Objects.requireNonNull(trunk, "trunk");
            if (sharedUnits < 1) {
                throw new IllegalArgumentException(
                        "sharedUnits is " + sharedUnits + "; the last shared layer needs at least 1 unit");
            }
            if (heads.isEmpty()) {
                throw new IllegalArgumentException("a multitask model needs at least one head");
            }
            return new MultitaskModel(this);
        }
    }
}
