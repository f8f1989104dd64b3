package io.mtlbalance.reports.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Reads tasks.csv into {@link TaskMetric}s and back into a table. */
final class TaskListReader {

    private TaskListReader() {}

    static List<TaskMetric> read(Path file) throws IOException {
        Table table = RecordCsvReader.read(file, RecordSchemas.TASKS);
        if (table.rowCount() == 0) {
            throw new InvalidRunRecordsException(file, "Task list " + file + " has no rows: "
                    + "expected one row per task and metric. Rerun the experiment to rewrite it.");
        }

        List<TaskMetric> metrics = new ArrayList<>();
        Set<String> tasksWithPrimary = new HashSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String task = table.stringColumn("task").get(row);
            boolean primary = parsePrimary(table.stringColumn("primary").get(row), file, row + 2);
            if (primary && !tasksWithPrimary.add(task)) {
                throw new InvalidRunRecordsException(file, "Task '" + task + "' has more than one primary metric in "
                        + file + " (line " + (row + 2) + "). Mark exactly one metric per task as primary=true.");
            }
            MetricDirection direction = MetricDirection.parse(table.stringColumn("direction").get(row), file);
            metrics.add(new TaskMetric(task, table.stringColumn("metric").get(row), direction, primary));
        }
        return metrics;
    }

    private static boolean parsePrimary(String value, Path file, int line) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRunRecordsException(file, "Invalid value '" + value
                    + "' in column 'primary' at line " + line + " of " + file + ": expected true or false.");
        };
    }

    static Table toTable(List<TaskMetric> metrics) {
        StringColumn task = StringColumn.create("task");
        StringColumn metric = StringColumn.create("metric");
        StringColumn direction = StringColumn.create("direction");
        BooleanColumn primary = BooleanColumn.create("primary");
        for (TaskMetric m : metrics) {
            task.append(m.task());
            metric.append(m.metric());
            direction.append(m.direction().recordValue());
            primary.append(m.primary());
        }
        return Table.create("tasks", task, metric, direction, primary);
    }
}
