package io.mtlbalance.core.model;

import ai.djl.ndarray.NDArray;

/**
 * The elementwise activation after the last shared layer: {@code h = act(a)} with
 * {@code a = z W^T + b}. The gradient probe needs its derivative to carry a gradient at
 * {@code h} back to {@code a} without autograd.
 */
public enum SharedActivation {
    /** {@code max(a, 0)}; derivative 1 where {@code a > 0}, else 0. */
    RELU {
        @Override
        public NDArray apply(NDArray preActivation) {
            return preActivation.maximum(0f);
        }

        @Override
        public NDArray derivative(NDArray preActivation, NDArray activation) {
            // h = max(a, 0) is 0 or positive, so its sign is exactly the derivative, in one operation.
            return activation.sign();
        }
    },
    /** {@code tanh(a)}; derivative {@code 1 - h^2}. */
    TANH {
        @Override
        public NDArray apply(NDArray preActivation) {
            return preActivation.tanh();
        }

        @Override
        public NDArray derivative(NDArray preActivation, NDArray activation) {
            return activation.square().neg().add(1f);
        }
    },
    /** {@code a} itself; derivative 1. */
    IDENTITY {
        @Override
        public NDArray apply(NDArray preActivation) {
            return preActivation;
        }

        @Override
        public NDArray derivative(NDArray preActivation, NDArray activation) {
            return preActivation.onesLike();
        }
    };

    /** Applies the activation elementwise. */
    public abstract NDArray apply(NDArray preActivation);

    /**
     * Returns {@code d act / d a} elementwise, given both the input and the output of the
     * activation so each variant can use the cheaper one.
     */
    public abstract NDArray derivative(NDArray preActivation, NDArray activation);
}
