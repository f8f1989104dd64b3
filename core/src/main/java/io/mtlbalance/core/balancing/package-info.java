/**
 * The {@link io.mtlbalance.core.balancing.BalancingStrategy} extension point and the
 * built-in strategies listed by {@link io.mtlbalance.core.balancing.BuiltinStrategies}: equal,
 * static, GradNorm, uncertainty weighting, Dynamic Weight Average, the geometric loss strategy
 * and random loss weighting.
 *
 * <p>A strategy states what it needs each step ({@link io.mtlbalance.core.balancing.Measurement}),
 * receives immutable step values and returns the task weights it applied. The trainer
 * measures exactly what the strategy asked for.
 */
package io.mtlbalance.core.balancing;
