package io.mtlbalance.core.training;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.mtlbalance.core.engine.EngineOperationException;
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

    /**
     * Applies one Adam update to every parameter from its current gradient.
     *
     * @throws EngineOperationException if the engine fails to run the update
     */
    public void update() {
        try {
            optimizer.step();
        } catch (EngineException | UnsupportedOperationException e) {
            throw EngineOperationException.wrap(manager.getEngine().getEngineName(), "the optimizer update", e);
        }
    }

    /** Writes the parameters and the optimizer's state, for a checkpoint. */
    public void save(DataOutputStream out) throws IOException {
        List<Parameter> parameters = model.getParameters().values();
        out.writeInt(parameters.size());
        for (Parameter parameter : parameters) {
            out.writeUTF(parameter.getName());
            FloatArrays.write(out, parameter.getArray());
        }
        optimizer.save(out);
    }

    /**
     * Restores what {@link #save} wrote for the same network. Values are copied into the
     * existing parameter arrays, so their gradients and the optimizer's references stay valid.
     *
     * @throws IOException if the data is truncated or belongs to another network
     */
    public void load(DataInputStream in) throws IOException {
        List<Parameter> parameters = model.getParameters().values();
        int count = in.readInt();
        if (count != parameters.size()) {
            throw new IOException("saved network has " + count + " parameters; this one has " + parameters.size());
        }
        for (Parameter parameter : parameters) {
            String name = in.readUTF();
            if (!name.equals(parameter.getName())) {
                throw new IOException("saved parameter '" + name + "' where this network has '" + parameter.getName() + "'");
            }
            FloatArrays.read(in, parameter.getArray());
        }
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
