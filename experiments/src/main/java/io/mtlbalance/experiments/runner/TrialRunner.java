package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.balancing.StrategyOptions;
import io.mtlbalance.core.balancing.StrategySettings;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.training.DivergenceException;
import io.mtlbalance.core.training.MultitaskTrainer;
import io.mtlbalance.core.training.TrainerConfig;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.Schedule;
import io.mtlbalance.experiments.trial.MissingTrialException;
import io.mtlbalance.experiments.trial.PreparedStrategy;
import io.mtlbalance.experiments.trial.TrialSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one trial specification into its folder of the run directory. A trial that finished or
 * diverged in an earlier run is kept. A trial that an earlier run stopped resumes from its
 * checkpoint, and any other trial trains from the start.
 */
final class TrialRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TrialRunner.class);

    private final ExperimentDefinition experiment;
    private final EngineAdapter engine;
    private final MultitaskDataset dataset;
    private final RunDirectory directory;
    private final Schedule schedule;
    private final StrategyOptions options;

    TrialRunner(ExperimentDefinition experiment, EngineAdapter engine, MultitaskDataset dataset,
            RunDirectory directory, Schedule schedule, StrategyOptions options) {
        this.experiment = experiment;
        this.engine = engine;
        this.dataset = dataset;
        this.directory = directory;
        this.schedule = schedule;
        this.options = options;
    }

    /** Runs {@code spec} and returns how it ended. */
    TrialOutcome run(TrialSpec spec) {
        String trial = spec.name();
        String earlier = directory.status(trial);
        if (earlier.equals("finished") || earlier.equals("diverged")) {
            LOG.info("Keeping trial {}: it {} in an earlier run", trial, earlier);
            return new TrialOutcome(trial, "kept", earlier);
        }

        MultitaskDataset view = view(spec);
        PreparedStrategy prepared;
        try {
            prepared = spec.recipe().prepare(new StrategySettings(view.tasks(), spec.seed(), options), directory);
        } catch (MissingTrialException e) {
            LOG.warn("Skipping trial {}: {}", trial, e.getMessage());
            return new TrialOutcome(trial, "skipped", e.getMessage());
        }
        Map<String, String> status = trialStatus(spec, prepared);
        directory.writeTrialStatus(trial, status, "running");
        return train(spec, view, prepared, status);
    }

    private TrialOutcome train(TrialSpec spec, MultitaskDataset view, PreparedStrategy prepared, Map<String, String> status) {
        String trial = spec.name();
        Path trialDirectory = directory.trial(trial);
        TrialRecorder recorder = new TrialRecorder(trialDirectory, view.tasks(), trial, spec.strategy(), spec.seed());
        ProgressListener progress = new ProgressListener(trial);
        MultitaskTrainer trainer = new MultitaskTrainer(engine, trainerConfig(spec.seed()));
        FileCheckpointStore checkpoints = new FileCheckpointStore(trialDirectory);
        if (checkpoints.read().isPresent()) {
            LOG.info("Resuming trial {} from its last checkpoint", trial);
        }
        try {
            trainer.train(experiment.buildModel(view), view, prepared.strategy(),
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

    /** Returns the whole dataset for a multitask trial, a task subset for a single-task baseline. */
    private MultitaskDataset view(TrialSpec spec) {
        if (spec.taskIndices().equals(TrialSpec.allTasks(dataset.tasks().size()))) {
            return dataset;
        }
        return dataset.taskSubset(spec.taskIndices().stream().mapToInt(Integer::intValue).toArray());
    }

    private Map<String, String> trialStatus(TrialSpec spec, PreparedStrategy prepared) {
        Map<String, String> status = new LinkedHashMap<>();
        status.put("trial", spec.name());
        status.put("strategy", spec.strategy());
        status.put("seed", String.valueOf(spec.seed()));
        status.put("engine", engine.name());
        status.putAll(spec.properties());
        status.putAll(prepared.properties());
        return status;
    }

    private TrainerConfig trainerConfig(long seed) {
        return TrainerConfig.builder()
                .steps(schedule.steps())
                .batchSize(schedule.batchSize())
                .learningRate(schedule.learningRate())
                .evaluationInterval(schedule.evaluationInterval())
                .checkpointInterval(schedule.evaluationInterval())
                .seed(seed)
                .build();
    }
}
