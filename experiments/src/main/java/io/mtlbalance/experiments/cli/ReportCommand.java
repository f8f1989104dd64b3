package io.mtlbalance.experiments.cli;

import io.mtlbalance.reports.ReportGenerator;
import io.mtlbalance.reports.ReportOptions;
import io.mtlbalance.reports.protocols.DeltaConvention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the report of a run directory, or the combined report of a folder of runs. */
@Command(name = "report", description = "Write report.md, report.html, results.csv and figures for a run directory.")
final class ReportCommand implements Runnable {

    @Parameters(paramLabel = "RUN_DIR", description = "A run directory (contains run.properties) or a folder of run directories.")
    private Path runDirectory;

    @Option(names = "--delta-convention", paramLabel = "NAME", defaultValue = "primary",
            description = "How Δm% is computed: 'primary' (primary metric per task, positive = better) or"
                    + " 'all-metrics' (the CAGrad/Nash-MTL convention: all metrics, negative = better)."
                    + " Default: ${DEFAULT-VALUE}.")
    private String deltaConvention;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        if (!Files.isDirectory(runDirectory)) {
            throw new IllegalArgumentException("run directory " + runDirectory + " does not exist or is not a folder");
        }
        Path report = Reports.write(runDirectory, ReportOptions.builder().deltaConvention(convention()).build());
        spec.commandLine().getOut().println("Report written to " + report.toAbsolutePath());
    }

    private DeltaConvention convention() {
        return switch (deltaConvention) {
            case "primary" -> DeltaConvention.PRIMARY_POSITIVE_BETTER;
            case "all-metrics" -> DeltaConvention.ALL_METRICS_NEGATIVE_BETTER;
            default -> throw new IllegalArgumentException(
                    "unknown --delta-convention '" + deltaConvention + "'; known: primary, all-metrics");
        };
    }

    /** Shared by the commands that end with a report. */
    static final class Reports {
        private Reports() {}

        /** Writes the report of one run or of a folder of runs with the default options. */
        static Path write(Path directory) {
            return write(directory, ReportOptions.defaults());
        }

        /** Writes the report of one run or of a folder of runs and returns the HTML file. */
        static Path write(Path directory, ReportOptions options) {
            ReportGenerator generator = new ReportGenerator(options);
            try {
                if (Files.exists(directory.resolve("run.properties"))) {
                    generator.generate(directory);
                } else {
                    generator.generateCombined(directory);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the report of " + directory + ": " + e.getMessage(), e);
            }
            return directory.resolve(ReportGenerator.HTML_FILE);
        }
    }
}
