package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.task.Direction;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.task.TaskMetric;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.Schedule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The contents of {@code run.properties} and {@code tasks.csv}. */
final class RunSettings {

    private RunSettings() {}

    /** Returns the settings that identify a run; a rerun on the same directory must match them. */
    static Map<String, String> of(RunPlan plan, ExperimentDefinition experiment) {
        Schedule schedule = plan.schedule();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("experiment", plan.experiment());
        settings.put("profile", plan.profile().label());
        settings.put("engine", plan.engine());
        settings.put("dataset", experiment.dataset());
        settings.put("data.seed", String.valueOf(plan.dataSeed()));
        plan.dataDirectory().ifPresent(folder -> settings.put("data.directory", folder.toAbsolutePath().toString()));
        settings.put("strategies", String.join(",", plan.strategies()));
        settings.put("seeds", joined(plan.seeds()));
        settings.put("seeds.use", "data.seed generates or pairs the data; each trial's seed sets parameter"
                + " initialization, the order of training batches and random loss weighting");
        settings.put("steps", String.valueOf(schedule.steps()));
        settings.put("batch.size", String.valueOf(schedule.batchSize()));
        settings.put("learning.rate", String.valueOf(schedule.learningRate()));
        settings.put("evaluation.interval", String.valueOf(schedule.evaluationInterval()));
        settings.put("train.size", String.valueOf(schedule.trainSize()));
        settings.put("test.size", String.valueOf(schedule.testSize()));
        settings.put("strategy.options", plan.options().describe());
        putProtocols(settings, plan.protocols());
        settings.put("created", Instant.now().toString());
        return settings;
    }

    private static void putProtocols(Map<String, String> settings, ProtocolPlan protocols) {
        settings.put("protocols", String.join(",", protocols.names()));
        settings.put("protocol.seeds", joined(protocols.seeds()));
        settings.put("grid.trials", String.valueOf(protocols.gridTrials()));
        settings.put("grid.seed", String.valueOf(protocols.gridSeed()));
        settings.put("alpha.values", joined(protocols.alphas()));
    }

    /** Returns {@code tasks.csv}: one row per task and metric, with its direction and whether it is primary. */
    static String tasksCsv(List<Task> tasks) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, "task", "metric", "direction", "primary");
        for (Task task : tasks) {
            for (TaskMetric metric : task.metrics()) {
                String direction = metric.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower";
                Csv.row(out, task.name(), metric.name(), direction, metric == task.primaryMetric());
            }
        }
        return out.toString();
    }

    private static String joined(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
