package io.mtlbalance.experiments.runner;

/**
 * How one trial ended.
 *
 * @param trial the trial's name, such as {@code gradnorm-seed2}
 * @param status {@code finished}, {@code diverged}, {@code kept} (finished or diverged in an
 *     earlier run) or {@code skipped} (an earlier trial it builds on did not finish)
 * @param detail the divergence or skip message, the earlier status of a kept trial, or an empty
 *     string
 */
public record TrialOutcome(String trial, String status, String detail) {}
