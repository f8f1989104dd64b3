package io.mtlbalance.core.training;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterServer;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.mtlbalance.core.model.MultitaskModel;

/**
 * A model's parameters initialized on one manager, with a parameter store whose Adam optimizer
 * updates them. Closing the session frees every native array of the trial.
 */
public final class TrainingSession implements AutoCloseable {

    private final NDManager manager;
    private final ParameterStore store;
    private final ParameterServer server;

    /**
     * Initializes {@code model}'s parameters on {@code manager} for inputs of one example of
     * {@code exampleShape} and sets up Adam with {@code learningRate}.
     */
    public TrainingSession(NDManager manager, MultitaskModel model, Shape exampleShape, double learningRate) {
        this.manager = manager;
        model.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(exampleShape));

        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) learningRate)).build();
        this.server = manager.getEngine().newParameterServer(adam);
        this.store = new ParameterStore(manager, false);
        store.setParameterServer(server, new Device[] {manager.getDevice()});
        for (Parameter parameter : model.getParameters().values()) {
            store.getValue(parameter, manager.getDevice(), true);
        }
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
        store.updateAllParameters();
    }

    /** Returns the parameter arrays, for zeroing or copying. */
    public static java.util.List<NDArray> arrays(MultitaskModel model) {
        return model.getParameters().values().stream().map(Parameter::getArray).toList();
    }

    @Override
    public void close() {
        server.close();
        manager.close();
    }
}
