package io.mtlbalance.core.training;

import ai.djl.ndarray.NDArray;
import io.mtlbalance.core.model.SharedActivation;
import io.mtlbalance.core.model.SharedForward;

/**
 * Computes per-task gradient norms at the weights W of the last shared layer from the
 * per-task gradients at the shared representation, without autograd.
 *
 * <p>With {@code a = z W^T + b} and {@code h = act(a)}, the gradient of a loss at W is
 * {@code delta^T z} where {@code delta = (dL/dh) * act'(a)} summed over the batch rows. Laying
 * every task's {@code delta} side by side turns all T gradients into one matrix product
 * {@code z^T [delta_1 ... delta_T]} of shape (in, T * units), whatever the depth of the trunk.
 * It runs after the gradient collector has closed, so none of it is recorded for autograd.
 */
final class GradientProbe {

    private GradientProbe() {}

    /**
     * Returns {@code ||grad_W L_i||_2} for each task as an array of shape (T).
     *
     * @param forward the shared forward pass of the step
     * @param activation the activation after the last shared layer
     * @param representationGradients {@code dL_i/dh} per task, shape (batch, T, units)
     */
    static NDArray norms(SharedForward forward, SharedActivation activation, NDArray representationGradients) {
        long batch = representationGradients.getShape().get(0);
        long tasks = representationGradients.getShape().get(1);
        long units = representationGradients.getShape().get(2);
        NDArray derivative = activation.derivative(forward.preActivation(), forward.representation());

        NDArray delta = representationGradients.mul(derivative.expandDims(1));
        NDArray weightGradients = forward.sharedInput().transpose().matMul(delta.reshape(batch, tasks * units));

        // norm(axes) would be shorter, but MXNet reads two axes as a matrix (spectral) norm.
        return weightGradients.reshape(-1, tasks, units).square().sum(new int[] {0, 2}).sqrt();
    }
}
