/**
 * Reports of multitask balancing runs: results CSV, figures, Markdown and self-contained HTML,
 * significance tests, Δm% against single-task baselines, the grid-search and alpha-sweep
 * protocols, and verdicts on the GradNorm paper's claims. Entry point:
 * {@link io.mtlbalance.reports.ReportGenerator}, configured by
 * {@link io.mtlbalance.reports.ReportOptions}; records are loaded by
 * {@link io.mtlbalance.reports.records.RunRecords}.
 */
package io.mtlbalance.reports;
