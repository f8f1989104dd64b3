/**
 * The synthetic regression of the GradNorm paper (Chen, Badrinarayanan, Lee, Rabinovich,
 * "GradNorm: Gradient Normalization for Adaptive Loss Balancing in Deep Multitask Networks",
 * ICML 2018, arXiv 1711.02257, section 4): T regression tasks that share structure but whose
 * targets differ in scale by up to a factor of 100.
 */
package io.mtlbalance.datasets.toy;
