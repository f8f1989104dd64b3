/** The experiments mtlbalance ships: GradNorm's synthetic tasks and Multi-Fashion-MNIST. */
package io.mtlbalance.experiments.catalogue;
