package io.mtlbalance.core.training;

import ai.djl.ndarray.NDArray;
import io.mtlbalance.core.model.SharedActivation;
import io.mtlbalance.core.model.SharedForward;

/**
 * Computes per-task gradient norms at the weights W of the last shared layer from the
 * per-task gradients at the shared representation, without autograd.
 *
 * <p>With {@code a = z W^T + b} and {@code h = act(a)}, the gradient of a loss at W is
 * {@code delta^T z} where {@code delta = (dL/dh) * act'(a)} summed over the batch rows. Stacking
 * every task's {@code delta} side by side turns all T gradients into one matrix product of
 * shape (T * units, in), whatever the depth of the trunk.
 */
final class GradientProbe {

    private GradientProbe() {}

    /**
     * Returns {@code ||grad_W L_i||_2} for each task as an array of shape (T).
     *
     * @param forward the shared forward pass of the step
     * @param activation the activation after the last shared layer
     * @param representationGradients {@code dL_i/dh} per task, shape (T, batch, units)
     */
    static NDArray norms(SharedForward forward, SharedActivation activation, NDArray representationGradients) {
        NDArray z = forward.sharedInput().stopGradient();
        NDArray a = forward.preActivation().stopGradient();
        NDArray h = forward.representation().stopGradient();
        long tasks = representationGradients.getShape().get(0);
        long batch = z.getShape().get(0);
        long units = a.getShape().get(1);

        NDArray delta = representationGradients.mul(activation.derivative(a, h));
        NDArray stacked = delta.transpose(1, 0, 2).reshape(batch, tasks * units);
        NDArray weightGradients = stacked.transpose().matMul(z);

        return weightGradients.reshape(tasks, -1).square().sum(new int[] {1}).sqrt();
    }
}
