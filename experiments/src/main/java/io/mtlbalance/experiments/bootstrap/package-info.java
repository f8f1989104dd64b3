/**
 * The Guice bootstrap: the built-in bindings, user modules found through {@code ServiceLoader}
 * or named on the command line, and the {@link io.mtlbalance.experiments.bootstrap.Registry}
 * that every name lookup goes through.
 */
package io.mtlbalance.experiments.bootstrap;
