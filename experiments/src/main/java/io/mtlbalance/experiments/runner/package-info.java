/**
 * Runs experiments: trials over strategies and seeds, the records each trial writes, atomic
 * file writes and resuming a run directory.
 */
package io.mtlbalance.experiments.runner;
