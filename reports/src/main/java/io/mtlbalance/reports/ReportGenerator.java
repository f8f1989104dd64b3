package io.mtlbalance.reports;

import io.mtlbalance.reports.claims.ClaimResult;
import io.mtlbalance.reports.claims.PaperClaims;
import io.mtlbalance.reports.figures.FigureSet;
import io.mtlbalance.reports.figures.RunFigures;
import io.mtlbalance.reports.output.AtomicFiles;
import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.DeltaM;
import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.records.InvalidRunRecordsException;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.render.HtmlReport;
import io.mtlbalance.reports.render.MarkdownReport;
import io.mtlbalance.reports.render.ReportAnalyses;
import io.mtlbalance.reports.render.ReportDocument;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.WelchComparisons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the report of a run directory, or one combined report over several run directories.
 *
 * <p>A run report consists of files written into the run directory, each replaced atomically:
 * {@code results.csv} (final metrics of the finished trials), {@code figures/*.svg} and
 * {@code figures/*.png}, {@code report.md} and a self-contained {@code report.html}. The reports
 * contain the run's settings, final test metrics as mean ± sample standard deviation over seeds,
 * Welch t-tests of each strategy against equal weighting, Δm% against the single-task baselines
 * (in the convention of {@link ReportOptions#deltaConvention()}), the figures, the diverged trials
 * and the verdicts on the GradNorm paper's claims. Running the generator again on the same
 * directory rewrites these files. Instances are immutable and thread-safe, but two generators
 * must not write the same directory at once.
 */
public final class ReportGenerator {

    /** The file name of the Markdown report. */
    public static final String MARKDOWN_FILE = "report.md";
    /** The file name of the HTML report. */
    public static final String HTML_FILE = "report.html";

    private static final Logger LOG = LoggerFactory.getLogger(ReportGenerator.class);

    private final ReportOptions options;

    /** Creates a generator with {@link ReportOptions#defaults()}. */
    public ReportGenerator() {
        this(ReportOptions.defaults());
    }

    /**
     * Creates a generator with the given options.
     *
     * @param options never null
     */
    public ReportGenerator(ReportOptions options) {
        this.options = Objects.requireNonNull(options, "options must not be null; use ReportOptions.defaults()");
    }

    /**
     * Writes the report of one run into {@code runDirectory}.
     *
     * @param runDirectory a directory written by the experiments runner, containing run.properties
     * @return the content of the report as written
     * @throws InvalidRunRecordsException when a record file is missing or malformed; the message
     *     names the file and, where it applies, the column or key
     * @throws IOException when a file cannot be read or written
     */
    public ReportDocument generate(Path runDirectory) throws IOException {
        RunRecords records = RunRecords.load(runDirectory);
        FinalMetricSummary summary = FinalMetricSummary.of(records);
        ResultsCsv.write(records, runDirectory.resolve(ReportDocument.RESULTS_FILE));
        FigureSet figures = RunFigures.render(records, summary);
        ReportAnalyses analyses = analyze(records, summary);
        List<ClaimResult> claims = PaperClaims.evaluate(records, summary, analyses.gridSearch(), analyses.alphaSweep());

        ReportDocument document = new ReportDocument(records.experiment(), runDirectory, records.settings(), summary,
                figures, records.trials(), claims, analyses);
        AtomicFiles.writeString(runDirectory.resolve(MARKDOWN_FILE), MarkdownReport.render(document));
        AtomicFiles.writeString(runDirectory.resolve(HTML_FILE), HtmlReport.render(document));
        LOG.info("Wrote report of {} to {}", records.experiment(), runDirectory.resolve(HTML_FILE));
        return document;
    }

    private ReportAnalyses analyze(RunRecords records, FinalMetricSummary summary) throws IOException {
        GridSearchAnalysis gridSearch = GridSearchAnalysis.of(records);
        AlphaSweepAnalysis alphaSweep = AlphaSweepAnalysis.of(records);
        return new ReportAnalyses(
                WelchComparisons.against(PaperClaims.EQUAL, records, summary),
                DeltaM.compute(records, summary, options.deltaConvention()),
                gridSearch, RunFigures.renderGridSearch(records, gridSearch),
                alphaSweep, RunFigures.renderAlphaSweep(records, alphaSweep));
    }

    /**
     * Writes a report for each run directory directly below {@code parentDirectory} (each folder
     * that contains run.properties), then one combined report.md and report.html into
     * {@code parentDirectory} with a section per run, in natural folder-name order (toy-t2 before toy-t10).
     *
     * @param parentDirectory a folder holding run directories, for example one per experiment
     * @return the content of each run's report, in section order
     * @throws InvalidRunRecordsException when no child folder contains run.properties, or when a
     *     run's records are missing or malformed
     * @throws IOException when a file cannot be read or written
     */
    public List<ReportDocument> generateCombined(Path parentDirectory) throws IOException {
        List<Path> runDirectories = findRunDirectories(parentDirectory);
        List<ReportDocument> documents = new ArrayList<>();
        for (Path runDirectory : runDirectories) {
            documents.add(generate(runDirectory));
        }

        Path name = parentDirectory.toAbsolutePath().normalize().getFileName();
        String title = "mtlbalance combined report" + (name == null ? "" : ": " + name);
        AtomicFiles.writeString(parentDirectory.resolve(MARKDOWN_FILE),
                MarkdownReport.renderCombined(title, parentDirectory, documents));
        AtomicFiles.writeString(parentDirectory.resolve(HTML_FILE),
                HtmlReport.renderCombined(title, parentDirectory, documents));
        LOG.info("Wrote combined report of {} runs to {}", documents.size(), parentDirectory.resolve(HTML_FILE));
        return documents;
    }

    private static List<Path> findRunDirectories(Path parentDirectory) throws IOException {
        if (!Files.isDirectory(parentDirectory)) {
            throw new InvalidRunRecordsException(parentDirectory, "Folder " + parentDirectory
                    + " does not exist. Pass the folder that contains the run directories.");
        }
        List<Path> runDirectories;
        try (Stream<Path> children = Files.list(parentDirectory)) {
            runDirectories = children
                    .filter(child -> Files.isRegularFile(child.resolve(RunRecords.RUN_PROPERTIES)))
                    .sorted(NaturalOrder.BY_FILE_NAME)
                    .toList();
        }
        if (runDirectories.isEmpty()) {
            throw new InvalidRunRecordsException(parentDirectory, "No run directory found in " + parentDirectory
                    + ": expected subfolders that contain " + RunRecords.RUN_PROPERTIES
                    + ". For a single run, call generate on the run directory itself.");
        }
        return runDirectories;
    }
}
