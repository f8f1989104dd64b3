package io.mtlbalance.experiments.cli;

import io.mtlbalance.experiments.bootstrap.Bootstrap;
import io.mtlbalance.experiments.bootstrap.Registry;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command; its subcommands do the work. */
@Command(
        name = "mtlbalance",
        mixinStandardHelpOptions = true,
        version = "mtlbalance 0.1.0",
        description = "Multitask loss balancing on Deep Java Library: GradNorm and the strategies it is compared with.",
        subcommands = {ReproduceCommand.class, RunCommand.class, ListCommand.class, ReportCommand.class, BenchCommand.class})
public final class MtlbalanceCommand {

    @Option(names = "--module", paramLabel = "CLASS",
            description = "Extra Guice module class that binds strategies, experiments, datasets, engines or protocols (repeatable).")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Intra-op threads of the engine. Default: ${DEFAULT-VALUE}; the networks are small,"
                    + " and on a busy machine more threads wait on each other.")
    private int threads;

    private Registry registry;

    /** Returns the registry, built on first use so that {@code --help} needs no engine. */
    Registry registry() {
        if (registry == null) {
            registry = Bootstrap.registry(modules, threads);
        }
        return registry;
    }
}
