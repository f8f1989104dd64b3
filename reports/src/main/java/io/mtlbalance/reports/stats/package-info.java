/**
 * Statistics across seeds: mean and sample standard deviation of final metrics, and the Welch
 * t-test between two strategies.
 */
package io.mtlbalance.reports.stats;
