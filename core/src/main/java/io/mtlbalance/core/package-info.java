/**
 * The vocabulary of multitask loss balancing: tasks, the multitask model, datasets, the
 * {@link io.mtlbalance.core.balancing.BalancingStrategy} extension point and the trainer.
 *
 * <p>Core depends on DJL's engine-free {@code api}, Guice and Commons Math only; engines,
 * datasets, reports and experiments build on it.
 */
package io.mtlbalance.core;
