package io.mtlbalance.experiments.cli;

import io.mtlbalance.reports.ReportGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the report of a run directory, or the combined report of a folder of runs. */
@Command(name = "report", description = "Write report.md, report.html, results.csv and figures for a run directory.")
final class ReportCommand implements Runnable {

    @Parameters(paramLabel = "RUN_DIR", description = "A run directory (holds run.properties) or a folder of run directories.")
    private Path runDirectory;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        if (!Files.isDirectory(runDirectory)) {
            throw new IllegalArgumentException("run directory " + runDirectory + " does not exist or is not a folder");
        }
        Path report = Reports.write(runDirectory);
        spec.commandLine().getOut().println("Report written to " + report.toAbsolutePath());
    }

    /** Shared by the commands that end with a report. */
    static final class Reports {
        private Reports() {}

        /** Writes the report of one run or of a folder of runs and returns the HTML file. */
        static Path write(Path directory) {
            ReportGenerator generator = new ReportGenerator();
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
