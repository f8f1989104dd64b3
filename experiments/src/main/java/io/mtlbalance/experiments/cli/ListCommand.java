package io.mtlbalance.experiments.cli;

import io.mtlbalance.experiments.bootstrap.Registry;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints every strategy, experiment, dataset, engine and protocol bound in Guice. */
@Command(name = "list", description = "List the strategies, experiments, datasets, engines and protocols you can name.")
final class ListCommand implements Runnable {

    @ParentCommand
    private MtlbalanceCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Registry registry = parent.registry();
        PrintWriter out = spec.commandLine().getOut();
        section(out, "Strategies", registry.strategies(), factory -> factory.description());
        section(out, "Experiments", registry.experiments(), experiment -> experiment.description());
        section(out, "Datasets", registry.datasets(), dataset -> dataset.description());
        section(out, "Engines", registry.engines(), engine -> engine.getClass().getSimpleName());
        section(out, "Protocols", registry.protocols(), protocol -> protocol.description());
        out.flush();
    }

    private static <T> void section(PrintWriter out, String title, Map<String, T> entries, Function<T, String> describe) {
        out.println(title + ":");
        int width = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        entries.forEach((name, value) -> out.printf("  %-" + width + "s  %s%n", name, describe.apply(value)));
        out.println();
    }
}
