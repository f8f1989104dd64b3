package io.mtlbalance.experiments.cli;

import io.mtlbalance.experiments.bootstrap.BuiltinModule;
import io.mtlbalance.experiments.bootstrap.Registry;
import io.mtlbalance.experiments.catalogue.ExperimentDefinition;
import io.mtlbalance.experiments.catalogue.Profile;
import io.mtlbalance.experiments.runner.ExperimentRunner;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Reproduces the GradNorm comparison: the synthetic tasks with T=2 and T=10 and
 * Multi-Fashion-MNIST, each with its default strategies, seeds and protocols, and one combined
 * report.
 */
@Command(name = "reproduce", description = "Run the GradNorm reproduction (toy-t2, toy-t10, multi-fashion) and write one combined report.")
final class ReproduceCommand implements Runnable {

    @ParentCommand
    private MtlbalanceCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the runs. Default: runs/reproduce-PROFILE.")
    private Path out;

    @Mixin
    private TrialOptions options;

    @Override
    public void run() {
        Registry registry = parent.registry();
        Path root = out != null ? out : Path.of("runs", "reproduce-" + options.profile);
        ExperimentRunner runner = new ExperimentRunner(registry);
        for (String name : BuiltinModule.REPRODUCED_EXPERIMENTS) {
            ExperimentDefinition definition = registry.experiment(name);
            List<String> protocols = definition.protocolSchedule(Profile.parse(options.profile)).protocols();
            runner.run(options.plan(name, definition, definition.defaultStrategies(), protocols, root.resolve(name)));
        }

        Path report = ReportCommand.Reports.write(root);
        spec.commandLine().getOut().println("Report written to " + report.toAbsolutePath());
    }
}
