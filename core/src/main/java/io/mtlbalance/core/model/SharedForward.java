package io.mtlbalance.core.model;

import ai.djl.ndarray.NDArray;

/**
 * The intermediate values of one forward pass through the shared part of the network.
 *
 * @param sharedInput {@code z}, the input of the last shared layer, shape (batch, in)
 * @param preActivation {@code a = z W^T + b}, shape (batch, units)
 * @param representation {@code h = act(a)}, the shared representation the heads read
 */
public record SharedForward(NDArray sharedInput, NDArray preActivation, NDArray representation) {}
