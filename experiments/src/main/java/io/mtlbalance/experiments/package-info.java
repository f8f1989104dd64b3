/**
 * Experiments: the catalogue of experiment definitions, the runner that executes trials and
 * writes run directories, the Guice bootstrap and the {@code mtlbalance} command line.
 */
package io.mtlbalance.experiments;
