/** The {@code mtlbalance} command line. The only package that prints to standard output. */
package io.mtlbalance.experiments.cli;
