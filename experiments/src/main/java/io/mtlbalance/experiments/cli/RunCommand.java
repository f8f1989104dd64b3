package io.mtlbalance.experiments.cli;

import io.mtlbalance.experiments.bootstrap.Registry;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.runner.ExperimentRunner;
import io.mtlbalance.experiments.runner.RunPlan;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Runs one experiment of the catalogue and writes its report. */
@Command(name = "run",
        description = "Run one experiment with the strategies, seeds and protocols you choose, then write its report.")
final class RunCommand implements Runnable {

    @ParentCommand
    private MtlbalanceCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXPERIMENT", description = "Experiment name (see 'mtlbalance list').")
    private String experiment;

    @Option(names = "--strategies", paramLabel = "NAMES", split = ",",
            description = "Strategies to compare, comma separated. Default: the experiment's.")
    private List<String> strategies;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory. Default: runs/EXPERIMENT.")
    private Path out;

    @Mixin
    private TrialOptions options;

    @Override
    public void run() {
        Registry registry = parent.registry();
        ExperimentDefinition definition = registry.experiment(experiment);
        Path output = out != null ? out : Path.of("runs", experiment);
        List<String> chosen = strategies != null ? strategies : definition.defaultStrategies();
        RunPlan plan = options.plan(experiment, definition, chosen, List.of(), output);

        new ExperimentRunner(registry).run(plan);

        Path report = ReportCommand.Reports.write(output);
        spec.commandLine().getOut().println("Report written to " + report.toAbsolutePath());
    }
}
