package io.mtlbalance.experiments.cli;

import io.mtlbalance.experiments.bench.BenchContender;
import io.mtlbalance.experiments.bench.BenchRow;
import io.mtlbalance.experiments.bench.BenchSettings;
import io.mtlbalance.experiments.bench.StepBenchmark;
import io.mtlbalance.experiments.bootstrap.Registry;
import io.mtlbalance.experiments.runner.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Measures training time per step of equal weighting, GradNorm, uncertainty weighting and the
 * brute-force GradNorm reference, and writes {@code bench.csv} and {@code bench-batches.csv}.
 */
@Command(name = "bench", description = "Measure time per training step of each strategy relative to equal weighting.")
final class BenchCommand implements Runnable {

    private static final List<String> WORKLOADS = List.of("toy-t2", "toy-t10", "multi-fashion");

    @ParentCommand
    private MtlbalanceCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Fewer rounds and steps; finishes in a few minutes on 2 cores.")
    private boolean quick;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "pytorch",
            description = "Engine to measure. Default: ${DEFAULT-VALUE}.")
    private String engine;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/bench",
            description = "Folder for bench.csv and bench-batches.csv. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Override
    public void run() {
        Registry registry = parent.registry();
        StepBenchmark benchmark = new StepBenchmark(
                registry, registry.engine(engine), quick ? BenchSettings.quick() : BenchSettings.full());
        PrintWriter console = spec.commandLine().getOut();

        List<BenchRow> rows = new ArrayList<>();
        StringBuilder batches = new StringBuilder("workload,batch_ms_median,equal_step_ms_median,batch_share_of_step\n");
        for (String workload : WORKLOADS) {
            List<BenchRow> measured = benchmark.measure(workload, BenchContender.standard());
            rows.addAll(measured);
            double batchMillis = benchmark.batchMillis(workload);
            double stepMillis = measured.get(0).medianMillis();
            batches.append(String.format(Locale.ROOT, "%s,%.3f,%.3f,%.3f%n",
                    workload, batchMillis, stepMillis, batchMillis / stepMillis));
        }

        StringBuilder csv = new StringBuilder(BenchRow.HEADER).append('\n');
        rows.forEach(row -> csv.append(row.toCsv()).append('\n'));
        AtomicFiles.write(out.resolve("bench.csv"), csv);
        AtomicFiles.write(out.resolve("bench-batches.csv"), batches);

        console.print(csv);
        console.println();
        console.print(batches);
        console.println("Wrote " + out.resolve("bench.csv").toAbsolutePath());
        console.flush();
    }
}
