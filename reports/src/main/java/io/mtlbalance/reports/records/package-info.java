/**
 * Loading a run directory written by the experiments runner: settings, task list, trial
 * statuses and protocols, and the step, evaluation and final records, as Tablesaw tables. Entry point:
 * {@link io.mtlbalance.reports.records.RunRecords#load(java.nio.file.Path)}.
 */
package io.mtlbalance.reports.records;
