/**
 * Reports of multitask balancing runs: results CSV, figures, Markdown and self-contained HTML,
 * and verdicts on the GradNorm paper's claims. Entry point:
 * {@link io.mtlbalance.reports.ReportGenerator}; records are loaded by
 * {@link io.mtlbalance.reports.records.RunRecords}.
 */
package io.mtlbalance.reports;
