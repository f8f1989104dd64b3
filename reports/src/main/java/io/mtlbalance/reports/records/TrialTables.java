package io.mtlbalance.reports.records;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the trial status table of {@link RunRecords#trialsTable()}. */
final class TrialTables {

    private TrialTables() {}

    static Table toTable(List<Trial> trials) {
        StringColumn id = StringColumn.create("trial");
        StringColumn strategy = StringColumn.create("strategy");
        LongColumn seed = LongColumn.create("seed");
        StringColumn engine = StringColumn.create("engine");
        StringColumn status = StringColumn.create("status");
        LongColumn step = LongColumn.create("diverged.step");
        StringColumn task = StringColumn.create("diverged.task");
        StringColumn quantity = StringColumn.create("diverged.quantity");
        DoubleColumn value = DoubleColumn.create("diverged.value");

        for (Trial trial : trials) {
            id.append(trial.id());
            strategy.append(trial.strategy());
            seed.append(trial.seed());
            engine.append(trial.engine());
            status.append(trial.status().recordValue());
            if (trial.divergence().isPresent()) {
                Divergence divergence = trial.divergence().get();
                step.append(divergence.step());
                task.append(divergence.task());
                quantity.append(divergence.quantity());
                value.append(divergence.value());
            } else {
                step.appendMissing();
                task.appendMissing();
                quantity.appendMissing();
                value.appendMissing();
            }
        }
        return Table.create("trials", id, strategy, seed, engine, status, step, task, quantity, value);
    }
}
