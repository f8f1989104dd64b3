/**
 * The multitask trainer, the gradient probe at the last shared layer and the records a
 * training run produces.
 */
package io.mtlbalance.core.training;
