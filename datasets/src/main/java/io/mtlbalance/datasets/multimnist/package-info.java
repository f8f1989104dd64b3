/**
 * Multi-Fashion-MNIST and Multi-MNIST: two 28x28 items overlapping on one 36x36 canvas, with a
 * classification task per item and a dense reconstruction task, built from the four standard
 * IDX files of Fashion-MNIST or MNIST.
 */
package io.mtlbalance.datasets.multimnist;
