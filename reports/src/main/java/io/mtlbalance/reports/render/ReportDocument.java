package io.mtlbalance.reports.render;

import io.mtlbalance.reports.claims.ClaimResult;
import io.mtlbalance.reports.figures.FigureSet;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report of one run shows, ready to render as Markdown or HTML.
 *
 * @param experiment the experiment name, never null
 * @param directory the run directory; figure paths are written relative to it
 * @param settings every key of run.properties in display order, never null
 * @param summary the final metrics of the finished trials, never null
 * @param figures the rendered figures and notes on skipped ones, never null
 * @param trials every trial of the run, never null
 * @param claims the paper-claim verdicts, never null
 * @param analyses significance tests, Δm% and the protocol sections, never null
 */
public record ReportDocument(String experiment, Path directory, Map<String, String> settings,
        FinalMetricSummary summary, FigureSet figures, List<Trial> trials, List<ClaimResult> claims,
        ReportAnalyses analyses) {

    /** The file name of the final-metrics CSV that reports link to. */
    public static final String RESULTS_FILE = "results.csv";

    /** Checks that no component is null and copies the collections. */
    public ReportDocument {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(analyses, "analyses");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        trials = List.copyOf(trials);
        claims = List.copyOf(claims);
    }
}
