package io.mtlbalance.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.mtlbalance.core.model.MultitaskModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A model's parameters initialized on one manager, the parameter store forward passes read
 * them from, and the Adam optimizer that updates them. Closing the session frees every native
 * array of the trial.
 */
public final class TrainingSession implements AutoCloseable {

    private final NDManager manager;
    private final MultitaskModel model;
    private final ParameterStore store;
    private final NetworkAdam optimizer;

    /**
     * Initializes {@code model}'s parameters on {@code manager} for inputs of one example of
     * {@code exampleShape} and sets up Adam with {@code learningRate}.
     */
    public TrainingSession(NDManager manager, MultitaskModel model, Shape exampleShape, double learningRate) {
        this.manager = manager;
        this.model = model;
        model.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(exampleShape));

        this.store = new ParameterStore(manager, false);
        this.optimizer = new NetworkAdam(manager, model.getParameters().values(), learningRate);
    }

    /** Returns the parameter store that forward passes read and the optimizer updates. */
    public ParameterStore store() {
        return store;
    }

    /** Returns the manager that owns the parameters; give each step a sub-manager of it. */
    public NDManager manager() {
        return manager;
    }

    /** Applies one Adam update to every parameter from its current gradient. */
    public void update() {
        optimizer.step();
    }

    /** Writes the parameters and the optimizer's state, for a checkpoint. */
    public void save(DataOutputStream out) throws IOException {
        model.saveParameters(out);
        optimizer.save(out);
    }

    /**
     * Restores what {@link #save} wrote for the same network.
     *
     * <p>{@code Parameter.load} of DJL 0.36.0 replaces each parameter's array with a new one
     * that does not require a gradient, so the new arrays get their gradients attached here and
     * the replaced arrays are freed.
     *
     * @throws IOException if the data is truncated or belongs to another network
     */
    public void load(DataInputStream in) throws IOException {
        List<NDArray> replaced = arrays(model);
        try {
            model.loadParameters(manager, in);
        } catch (ai.djl.MalformedModelException e) {
            throw new IOException("saved parameters do not fit this network: " + e.getMessage(), e);
        }
        for (Parameter parameter : model.getParameters().values()) {
            if (parameter.requiresGradient()) {
                parameter.getArray().setRequiresGradient(true);
            }
        }
        replaced.forEach(NDArray::close);
        optimizer.load(in);
    }

    /** Returns the parameter arrays, for zeroing or copying. */
    public static List<NDArray> arrays(MultitaskModel model) {
        return model.getParameters().values().stream().map(Parameter::getArray).toList();
    }

    @Override
    public void close() {
        manager.close();
    }
}
