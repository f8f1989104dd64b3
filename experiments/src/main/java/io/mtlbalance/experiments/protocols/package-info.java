/**
 * Protocols: comparisons that need more than each strategy once per seed, such as the GradNorm
 * paper's single-task baselines, its grid search over static weights and an α sweep. Each
 * protocol turns the run's settings into trial specifications for the runner.
 */
package io.mtlbalance.experiments.protocols;
