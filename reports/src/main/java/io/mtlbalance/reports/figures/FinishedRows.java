package io.mtlbalance.reports.figures;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.Trial;
import java.util.List;
import tech.tablesaw.api.Table;

/** Selects the record rows of the finished trials of one strategy. */
final class FinishedRows {

    private FinishedRows() {}

    static List<String> trialIds(RunRecords records, String strategy) {
        return records.trials().stream()
                .filter(trial -> trial.strategy().equals(strategy) && trial.isFinished())
                .map(Trial::id)
                .toList();
    }

    static Table of(Table table, RunRecords records, String strategy) {
        return table.where(table.stringColumn("trial").isIn(trialIds(records, strategy)));
    }

    static String seedCount(int trials) {
        return trials == 1 ? "1 seed" : trials + " seeds";
    }
}
