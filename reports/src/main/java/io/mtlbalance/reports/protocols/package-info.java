/**
 * Analyses of protocol trials: Δm% against single-task baselines, the grid search of random
 * static weightings, the gradnorm-static check and the alpha sweep. Each analysis is computed from
 * {@link io.mtlbalance.reports.records.RunRecords} and is immutable.
 */
package io.mtlbalance.reports.protocols;
