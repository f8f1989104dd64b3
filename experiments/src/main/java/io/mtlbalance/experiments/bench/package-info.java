/**
 * The step-time benchmark: every balancing strategy against equal weighting on the same
 * workloads, interleaved in one run so that ratios mean something on a noisy machine.
 */
package io.mtlbalance.experiments.bench;
