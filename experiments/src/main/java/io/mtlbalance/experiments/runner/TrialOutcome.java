package io.mtlbalance.experiments.runner;

/**
 * How one trial ended.
 *
 * @param trial the trial's name, such as {@code gradnorm-seed2}
 * @param status {@code finished}, {@code diverged} or {@code kept} (finished in an earlier run)
 * @param detail the divergence message, or an empty string
 */
public record TrialOutcome(String trial, String status, String detail) {}
