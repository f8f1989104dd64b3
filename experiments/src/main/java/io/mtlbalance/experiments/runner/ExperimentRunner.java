package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.datasets.DatasetRequest;
import io.mtlbalance.experiments.bootstrap.Registry;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.protocols.ProtocolSettings;
import io.mtlbalance.experiments.trial.TrialSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every trial of a {@link RunPlan} into one run directory: each strategy with each seed,
 * then the trials of each protocol (single-task baselines, grid search, α sweep).
 *
 * <p>A trial that diverges is recorded as diverged and the run goes on. Rerunning a plan on the
 * same directory keeps finished and diverged trials, resumes stopped ones from their last
 * checkpoint and runs the others. A directory that contains a run with different settings is
 * rejected before anything is written.
 */
public final class ExperimentRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRunner.class);

    private final Registry registry;

    /** Creates a runner that resolves names through {@code registry}. */
    public ExperimentRunner(Registry registry) {
        this.registry = registry;
    }

    /**
     * Runs the plan and returns how each trial ended, in the order the trials ran.
     *
     * @throws IllegalArgumentException if a name is unknown, the output directory contains another
     *     run, or {@code gradnorm-static} has no gradnorm trial to average; nothing is written then
     */
    public List<TrialOutcome> run(RunPlan plan) {
        ExperimentDefinition experiment = registry.experiment(plan.experiment());
        EngineAdapter engine = registry.engine(plan.engine());
        plan.strategies().forEach(registry::strategy);
        plan.protocols().names().forEach(registry::protocol);
        Map<String, String> settings = RunSettings.of(plan, experiment);
        RunDirectory directory = RunDirectory.open(plan.output(), settings);

        MultitaskDataset dataset = registry.dataset(experiment.dataset()).create(dataRequest(plan));
        List<TrialSpec> specs = specs(plan, dataset);
        StrategyTrials.checkGradNormAvailable(plan.strategies(), plan.seeds(), directory);
        LOG.info("Experiment {} ({} profile) on {}: strategies {}, seeds {}, protocols {}: {} trials",
                plan.experiment(), plan.profile().label(), engine.describe(), plan.strategies(), plan.seeds(),
                plan.protocols().names(), specs.size());
        LOG.info("Data: {}", dataset.source());
        settings.put("engine.description", engine.describe());
        settings.put("dataset.source", dataset.source());
        directory.writeSettings(settings, RunSettings.tasksCsv(dataset.tasks()));

        TrialRunner trials = new TrialRunner(experiment, engine, dataset, directory, plan.schedule(), plan.options());
        List<TrialOutcome> outcomes = new ArrayList<>();
        for (TrialSpec spec : specs) {
            outcomes.add(trials.run(spec));
        }
        LOG.info("Records of {} trials are in {}", outcomes.size(), plan.output().toAbsolutePath());
        return outcomes;
    }

    /** Lists the strategy trials, then each protocol's trials, and rejects repeated trial names. */
    private List<TrialSpec> specs(RunPlan plan, MultitaskDataset dataset) {
        List<TrialSpec> specs = new ArrayList<>(
                StrategyTrials.specs(plan.strategies(), plan.seeds(), dataset.tasks().size(), registry::strategy));
        ProtocolPlan protocols = plan.protocols();
        ProtocolSettings protocolSettings = new ProtocolSettings(dataset.tasks(), plan.seeds(), protocols.seeds(),
                protocols.gridTrials(), protocols.gridSeed(), protocols.alphas(), registry.strategies());
        for (String protocol : protocols.names()) {
            specs.addAll(registry.protocol(protocol).trials(protocolSettings));
        }

        Set<String> names = new HashSet<>();
        for (TrialSpec spec : specs) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("two trials of this run are named " + spec.name()
                        + "; a protocol must not reuse the name of another trial, so rename the trials it lists");
            }
        }
        return specs;
    }

    private static DatasetRequest dataRequest(RunPlan plan) {
        DatasetRequest.Builder request = DatasetRequest.builder()
                .seed(plan.dataSeed())
                .trainSize(plan.schedule().trainSize())
                .testSize(plan.schedule().testSize());
        plan.dataDirectory().ifPresent(request::dataDirectory);
        return request.build();
    }
}
