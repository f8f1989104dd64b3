/**
 * Trial specifications, the units the runner executes, each with a recipe that creates its
 * strategy when the trial starts. Plain strategies and protocols both produce them.
 */
package io.mtlbalance.experiments.trial;
