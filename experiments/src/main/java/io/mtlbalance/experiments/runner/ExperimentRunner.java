package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.task.Task;
import io.mtlbalance.core.task.TaskMetric;
import io.mtlbalance.core.training.DivergenceException;
import io.mtlbalance.core.training.MultitaskTrainer;
import io.mtlbalance.core.training.TrainerConfig;
import io.mtlbalance.datasets.DatasetRequest;
import io.mtlbalance.experiments.bootstrap.Registry;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.Schedule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every trial of a {@link RunPlan} (each strategy with each seed) into one run directory.
 *
 * <p>A trial that diverges is recorded as diverged and the run goes on. Rerunning a plan on the
 * same directory keeps finished trials and runs the others again; a directory that holds a run
 * with different settings is rejected before anything is written.
 */
public final class ExperimentRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRunner.class);

    private final Registry registry;

    /** Creates a runner that resolves names through {@code registry}. */
    public ExperimentRunner(Registry registry) {
        this.registry = registry;
    }

    /**
     * Runs the plan and returns how each trial ended.
     *
     * @throws IllegalArgumentException if a name is unknown or the output directory holds
     *     another run; nothing is written then
     */
    public List<TrialOutcome> run(RunPlan plan) {
        ExperimentDefinition experiment = registry.experiment(plan.experiment());
        EngineAdapter engine = registry.engine(plan.engine());
        plan.strategies().forEach(registry::strategy);
        Map<String, String> settings = settings(plan, experiment);
        RunDirectory directory = RunDirectory.open(plan.output(), settings);

        MultitaskDataset dataset = registry.dataset(experiment.dataset()).create(dataRequest(plan));
        LOG.info("Experiment {} ({} profile) on {}: strategies {}, seeds {}", plan.experiment(),
                plan.profile().label(), engine.describe(), plan.strategies(), plan.seeds());
        LOG.info("Data: {}", dataset.source());
        settings.put("engine.description", engine.describe());
        settings.put("dataset.source", dataset.source());
        directory.writeSettings(settings, tasksCsv(dataset.tasks()));

        List<TrialOutcome> outcomes = new ArrayList<>();
        for (long seed : plan.seeds()) {
            for (String strategy : plan.strategies()) {
                outcomes.add(runTrial(plan, experiment, engine, dataset, directory, strategy, seed));
            }
        }
        LOG.info("Records of {} trials are in {}", outcomes.size(), plan.output().toAbsolutePath());
        return outcomes;
    }

    private TrialOutcome runTrial(
            RunPlan plan, ExperimentDefinition experiment, EngineAdapter engine, MultitaskDataset dataset,
            RunDirectory directory, String strategyName, long seed) {
        String trial = RunLayout.trialName(strategyName, seed);
        String earlier = directory.status(trial);
        if (earlier.equals("finished") || earlier.equals("diverged")) {
            LOG.info("Keeping trial {}: it {} in an earlier run", trial, earlier);
            return new TrialOutcome(trial, "kept", earlier);
        }

        Path trialDirectory = directory.trial(trial);
        Map<String, String> status = trialStatus(trial, strategyName, seed, engine.name());
        directory.writeTrialStatus(trial, status, "running");
        BalancingStrategy strategy =
                registry.strategy(strategyName).create(new StrategySettings(dataset.tasks(), seed, plan.options()));
        TrialRecorder recorder = new TrialRecorder(trialDirectory, dataset.tasks(), trial, strategyName, seed);
        ProgressListener progress = new ProgressListener(trial);
        MultitaskTrainer trainer = new MultitaskTrainer(engine, trainerConfig(plan.schedule(), seed));
        FileCheckpointStore checkpoints = new FileCheckpointStore(trialDirectory);
        if (checkpoints.read().isPresent()) {
            LOG.info("Resuming trial {} from its last checkpoint", trial);
        }
        try {
            trainer.train(experiment.buildModel(dataset), dataset, strategy,
                    new CompositeListener(recorder, progress), checkpoints);
            recorder.write();
            directory.writeTrialStatus(trial, status, "finished");
            return new TrialOutcome(trial, "finished", "");
        } catch (DivergenceException e) {
            progress.close();
            recorder.write();
            status.put("diverged.step", String.valueOf(e.step()));
            status.put("diverged.task", e.task());
            status.put("diverged.quantity", e.quantity());
            status.put("diverged.value", String.valueOf(e.value()));
            directory.writeTrialStatus(trial, status, "diverged");
            LOG.warn("Trial {} {}; the run goes on without it", trial, e.getMessage());
            return new TrialOutcome(trial, "diverged", e.getMessage());
        }
    }

    private static Map<String, String> trialStatus(String trial, String strategy, long seed, String engine) {
        Map<String, String> status = new LinkedHashMap<>();
        status.put("trial", trial);
        status.put("strategy", strategy);
        status.put("seed", String.valueOf(seed));
        status.put("engine", engine);
        return status;
    }

    private static TrainerConfig trainerConfig(Schedule schedule, long seed) {
        return TrainerConfig.builder()
                .steps(schedule.steps())
                .batchSize(schedule.batchSize())
                .learningRate(schedule.learningRate())
                .evaluationInterval(schedule.evaluationInterval())
                .checkpointInterval(schedule.evaluationInterval())
                .seed(seed)
                .build();
    }

    private static DatasetRequest dataRequest(RunPlan plan) {
        DatasetRequest.Builder request = DatasetRequest.builder()
                .seed(plan.dataSeed())
                .trainSize(plan.schedule().trainSize())
                .testSize(plan.schedule().testSize());
        plan.dataDirectory().ifPresent(request::dataDirectory);
        return request.build();
    }

    /** The settings that identify a run; a rerun on the same directory must match them. */
    private static Map<String, String> settings(RunPlan plan, ExperimentDefinition experiment) {
        Schedule schedule = plan.schedule();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("experiment", plan.experiment());
        settings.put("profile", plan.profile().label());
        settings.put("engine", plan.engine());
        settings.put("dataset", experiment.dataset());
        settings.put("data.seed", String.valueOf(plan.dataSeed()));
        plan.dataDirectory().ifPresent(folder -> settings.put("data.directory", folder.toAbsolutePath().toString()));
        settings.put("strategies", String.join(",", plan.strategies()));
        settings.put("seeds", plan.seeds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        settings.put("steps", String.valueOf(schedule.steps()));
        settings.put("batch.size", String.valueOf(schedule.batchSize()));
        settings.put("learning.rate", String.valueOf(schedule.learningRate()));
        settings.put("evaluation.interval", String.valueOf(schedule.evaluationInterval()));
        settings.put("train.size", String.valueOf(schedule.trainSize()));
        settings.put("test.size", String.valueOf(schedule.testSize()));
        settings.put("strategy.options", plan.options().describe());
        settings.put("created", Instant.now().toString());
        return settings;
    }

    private static String tasksCsv(List<Task> tasks) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, "task", "metric", "direction", "primary");
        for (Task task : tasks) {
            for (TaskMetric metric : task.metrics()) {
                String direction = metric.direction() == io.mtlbalance.core.task.Direction.HIGHER_IS_BETTER ? "higher" : "lower";
                Csv.row(out, task.name(), metric.name(), direction, metric == task.primaryMetric());
            }
        }
        return out.toString();
    }
}
