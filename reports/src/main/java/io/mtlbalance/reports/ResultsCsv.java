package io.mtlbalance.reports;

import io.mtlbalance.reports.output.AtomicFiles;
import io.mtlbalance.reports.records.RunRecords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Writes results.csv: every final metric of the finished trials, one row per trial, task and
 * metric, with the columns {@code trial,strategy,seed,task,metric,value}. Values use Java's
 * {@code Double.toString}, so they read back exactly.
 */
final class ResultsCsv {

    static final String HEADER = "trial,strategy,seed,task,metric,value";

    private ResultsCsv() {}

    static void write(RunRecords records, Path file) throws IOException {
        Table finals = records.finals();
        Set<String> finished = records.finishedTrialIds();
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int row = 0; row < finals.rowCount(); row++) {
            String trial = finals.stringColumn("trial").get(row);
            if (!finished.contains(trial)) {
                continue;
            }
            out.append(trial).append(',')
                    .append(finals.stringColumn("strategy").get(row)).append(',')
                    .append(finals.longColumn("seed").get(row)).append(',')
                    .append(finals.stringColumn("task").get(row)).append(',')
                    .append(finals.stringColumn("metric").get(row)).append(',')
                    .append(Double.toString(finals.doubleColumn("value").getDouble(row))).append('\n');
        }
        AtomicFiles.writeString(file, out.toString());
    }
}
