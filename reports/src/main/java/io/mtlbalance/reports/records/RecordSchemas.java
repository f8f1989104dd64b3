package io.mtlbalance.reports.records;

import static io.mtlbalance.reports.records.RecordColumn.integer;
import static io.mtlbalance.reports.records.RecordColumn.number;
import static io.mtlbalance.reports.records.RecordColumn.optionalNumber;
import static io.mtlbalance.reports.records.RecordColumn.text;

import java.util.List;

/** The columns of each record file that reports read, in the order the loaded tables keep. */
final class RecordSchemas {

    static final List<RecordColumn> TASKS =
            List.of(text("task"), text("metric"), text("direction"), text("primary"));

    static final List<RecordColumn> STEPS = List.of(
            text("trial"), text("strategy"), integer("seed"), integer("step"), text("task"),
            number("loss"), number("weight"), optionalNumber("grad_norm"));

    static final List<RecordColumn> EVALUATIONS = List.of(
            text("trial"), text("strategy"), integer("seed"), integer("step"), text("task"),
            text("metric"), number("value"));

    static final List<RecordColumn> FINALS = List.of(
            text("trial"), text("strategy"), integer("seed"), text("task"), text("metric"), number("value"));

    private RecordSchemas() {}
}
