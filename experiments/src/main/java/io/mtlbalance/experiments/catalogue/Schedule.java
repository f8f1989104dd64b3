package io.mtlbalance.experiments.catalogue;

/**
 * The size of one experiment under one profile.
 *
 * @param steps training steps per trial
 * @param batchSize training batch size
 * @param learningRate the network's Adam learning rate
 * @param evaluationInterval steps between evaluations on the test split
 * @param trainSize training examples
 * @param testSize test examples
 */
public record Schedule(int steps, int batchSize, double learningRate, int evaluationInterval, int trainSize, int testSize) {}
