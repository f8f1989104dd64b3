package io.mtlbalance.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma and Ba, ICLR 2015; b1 0.9, b2 0.999, eps 1e-8, no weight decay) on the network's
 * parameters, with its moments held here so that checkpoints can save and restore them. DJL's
 * own {@code Adam} keeps its moments private; this class calls the same fused engine update.
 *
 * <p>The update reads each parameter's current gradient. Engines may clear the gradient as
 * part of the update (PyTorch does); callers zero gradients before the next backward pass
 * anyway.
 */
final class NetworkAdam {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final List<NDArray> parameters;
    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    private final float learningRate;
    private int steps;

    NetworkAdam(NDManager manager, List<Parameter> parameters, double learningRate) {
        this.parameters = parameters.stream().filter(Parameter::requiresGradient).map(Parameter::getArray).toList();
        for (NDArray parameter : this.parameters) {
            means.add(manager.zeros(parameter.getShape(), parameter.getDataType()));
            variances.add(manager.zeros(parameter.getShape(), parameter.getDataType()));
        }
        this.learningRate = (float) learningRate;
    }

    /** Applies one Adam step to every parameter from its gradient. */
    void step() {
        steps++;
        double correction1 = 1.0 - Math.pow(BETA1, steps);
        double correction2 = 1.0 - Math.pow(BETA2, steps);
        float biasCorrectedRate = (float) (learningRate * Math.sqrt(correction2) / correction1);
        for (int i = 0; i < parameters.size(); i++) {
            NDArray parameter = parameters.get(i);
            try (NDArray gradient = parameter.getGradient()) {
                NDList inputs = new NDList(parameter, gradient, means.get(i), variances.get(i));
                parameter.getNDArrayInternal().adamUpdate(inputs, new NDList(parameter), learningRate,
                        biasCorrectedRate, 0f, 1f, -1f, BETA1, BETA2, EPSILON, true, false);
            }
        }
    }

    /** Writes the step count and both moments of every parameter. */
    void save(DataOutputStream out) throws IOException {
        out.writeInt(steps);
        out.writeInt(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            FloatArrays.write(out, means.get(i));
            FloatArrays.write(out, variances.get(i));
        }
    }

    /**
     * Restores what {@link #save} wrote for a network with the same parameters.
     *
     * @throws IOException if the saved state belongs to a different network
     */
    void load(DataInputStream in) throws IOException {
        int savedSteps = in.readInt();
        int count = in.readInt();
        if (count != parameters.size()) {
            throw new IOException("optimizer state contains " + count + " parameters; this network has " + parameters.size());
        }
        for (int i = 0; i < count; i++) {
            FloatArrays.read(in, means.get(i));
            FloatArrays.read(in, variances.get(i));
        }
        steps = savedSteps;
    }
}
