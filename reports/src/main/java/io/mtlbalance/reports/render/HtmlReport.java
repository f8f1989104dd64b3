package io.mtlbalance.reports.render;

import io.mtlbalance.reports.claims.ClaimResult;
import io.mtlbalance.reports.figures.Figure;
import io.mtlbalance.reports.render.TableModel.Cell;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * Renders reports as one self-contained HTML file: the CSS is inline and each figure is embedded
 * as a {@code data:image/svg+xml;base64} URI, so the file needs no other file and no network to
 * display. Links to results.csv and the PNG files are relative and only matter beside the run
 * directory.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 72em;
                   padding: 0 1em; color: #222; line-height: 1.45; }
            h1, h2, h3, h4 { line-height: 1.2; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.92em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            figure { margin: 1em 0 2em; }
            figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { font-size: 0.9em; color: #555; }
            .verdict { font-weight: bold; padding: 0.05em 0.4em; border-radius: 0.3em; }
            .agrees { background: #d8f0d8; color: #145214; }
            .disagrees { background: #f7d6d6; color: #7a1010; }
            .not-tested { background: #e6e6e6; color: #444; }
            .claim { margin-bottom: 1em; }
            """;

    private HtmlReport() {}

    /**
     * Renders the report of one run, to be written into its run directory.
     *
     * @param document the run's content, never null
     * @return the HTML document
     */
    public static String render(ReportDocument document) {
        String title = ReportText.title(document.experiment());
        StringBuilder out = new StringBuilder();
        openDocument(out, title);
        appendBody(out, document, 2, document.directory());
        return closeDocument(out);
    }

    /**
     * Renders one report for several runs, with a section per run, to be written into
     * {@code parentFolder}. It opens with a table of the claim verdicts of every run.
     *
     * @param title the report title, never null
     * @param parentFolder the folder the report is written to; links are relative to it
     * @param documents the runs in section order, never null
     */
    public static String renderCombined(String title, Path parentFolder, List<ReportDocument> documents) {
        StringBuilder out = new StringBuilder();
        openDocument(out, title);
        out.append("<p>").append(escape(ReportText.VERDICTS_INTRO)).append("</p>\n");
        appendTable(out, CombinedTables.verdicts(documents));
        appendList(out, CombinedTables.claimStatements(documents));
        for (ReportDocument document : documents) {
            String folder = ReportText.relativePath(parentFolder, document.directory());
            out.append("<section>\n<h2>").append(escape(document.experiment())).append("</h2>\n")
                    .append("<p>Run directory <code>").append(escape(folder)).append("</code>; its own report: ")
                    .append(link(folder + "/report.html")).append(".</p>\n");
            appendBody(out, document, 3, parentFolder);
            out.append("</section>\n");
        }
        return closeDocument(out);
    }

    private static void openDocument(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
    }

    private static String closeDocument(StringBuilder out) {
        return out.append("</body>\n</html>\n").toString();
    }

    private static void appendBody(StringBuilder out, ReportDocument document, int level, Path reportFolder) {
        String results = ReportText.relativePath(reportFolder, document.directory().resolve(ReportDocument.RESULTS_FILE));
        out.append("<p>").append(escape(ReportTables.trialCounts(document.trials())))
                .append(". Final metrics of every finished trial: ").append(link(results)).append(".</p>\n");

        heading(out, level, "Settings");
        appendTable(out, ReportTables.settings(document.settings()));

        heading(out, level, "Final test metrics");
        out.append("<p>").append(escape(ReportText.METRICS_INTRO)).append("</p>\n");
        appendTable(out, ReportTables.finalMetrics(document.summary()));
        for (ReportSection section : AnalysisSections.comparisonSections(document)) {
            appendSection(out, section, level, reportFolder);
        }

        heading(out, level, "Figures");
        for (Figure figure : document.figures().figures()) {
            appendFigure(out, figure, reportFolder);
        }
        appendList(out, document.figures().notes());
        for (ReportSection section : ProtocolSections.sections(document)) {
            appendSection(out, section, level, reportFolder);
        }

        heading(out, level, "Diverged trials");
        appendTrialProblems(out, document);

        heading(out, level, "Paper claims");
        out.append("<p>").append(escape(ReportText.CLAIMS_INTRO)).append("</p>\n");
        document.claims().forEach(claim -> appendClaim(out, claim));
    }

    private static void appendSection(StringBuilder out, ReportSection section, int level, Path reportFolder) {
        heading(out, level, section.title());
        for (ReportSection.Block block : section.blocks()) {
            if (block instanceof ReportSection.Text text) {
                out.append("<p>").append(escape(text.text())).append("</p>\n");
            } else if (block instanceof ReportSection.Table table) {
                appendTable(out, table.model());
            } else if (block instanceof ReportSection.Image image) {
                appendFigure(out, image.figure(), reportFolder);
            } else if (block instanceof ReportSection.Items items) {
                appendList(out, items.items());
            }
        }
    }

    private static void appendFigure(StringBuilder out, Figure figure, Path reportFolder) {
        String data = Base64.getEncoder().encodeToString(figure.svgDocument().getBytes(StandardCharsets.UTF_8));
        out.append("<figure>\n<img alt=\"").append(escape(figure.title()))
                .append("\" src=\"data:image/svg+xml;base64,").append(data).append("\">\n<figcaption>")
                .append(escape(figure.caption())).append(" PNG: ")
                .append(link(ReportText.relativePath(reportFolder, figure.pngFile())))
                .append("</figcaption>\n</figure>\n");
    }

    private static void appendTrialProblems(StringBuilder out, ReportDocument document) {
        TableModel diverged = ReportTables.divergedTrials(document.trials());
        if (diverged.rows().isEmpty()) {
            out.append("<p>").append(escape(ReportText.NO_DIVERGENCE)).append("</p>\n");
        } else {
            appendTable(out, diverged);
        }
        List<String> running = ReportTables.unfinishedTrialIds(document.trials());
        if (!running.isEmpty()) {
            out.append("<p>Still running or interrupted, left out of all numbers: ")
                    .append(escape(String.join(", ", running))).append(".</p>\n");
        }
    }

    private static void appendClaim(StringBuilder out, ClaimResult claim) {
        String cssClass = claim.verdict().label().replace(' ', '-');
        out.append("<div class=\"claim\">\n<p><strong>").append(escape(claim.id())).append("</strong> ")
                .append("<span class=\"verdict ").append(cssClass).append("\">").append(escape(claim.verdict().label()))
                .append("</span> ").append(escape(claim.claim())).append("<br>\n").append(escape(claim.summary()))
                .append("</p>\n");
        appendList(out, claim.evidence());
        out.append("</div>\n");
    }

    private static void appendTable(StringBuilder out, TableModel table) {
        out.append("<table>\n<thead><tr>");
        table.header().forEach(title -> out.append("<th>").append(escape(title)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (Cell cell : row) {
                String text = escape(cell.text());
                out.append("<td>").append(cell.emphasized() ? "<strong>" + text + "</strong>" : text).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void appendList(StringBuilder out, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<ul>\n");
        items.forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
        out.append("</ul>\n");
    }

    private static void heading(StringBuilder out, int level, String text) {
        out.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
    }

    private static String link(String relativePath) {
        return "<a href=\"" + escape(relativePath) + "\">" + escape(relativePath) + "</a>";
    }

    /** Escapes the five characters with meaning in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
