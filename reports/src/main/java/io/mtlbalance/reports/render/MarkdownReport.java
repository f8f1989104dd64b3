package io.mtlbalance.reports.render;

import io.mtlbalance.reports.claims.ClaimResult;
import io.mtlbalance.reports.figures.Figure;
import io.mtlbalance.reports.render.TableModel.Cell;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders reports as GitHub-flavoured Markdown. Figures are linked as SVG files relative to the
 * folder of the report, so the Markdown file must stay beside its {@code figures} folder.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    /**
     * Renders the report of one run, to be written into its run directory.
     *
     * @param document the run's content, never null
     * @return the Markdown text
     */
    public static String render(ReportDocument document) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(ReportText.title(document.experiment())).append("\n\n");
        appendBody(out, document, 2, document.directory());
        return out.toString();
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
        out.append("# ").append(title).append("\n\n").append(ReportText.VERDICTS_INTRO).append("\n\n");
        appendTable(out, CombinedTables.verdicts(documents));
        for (String claim : CombinedTables.claimStatements(documents)) {
            out.append("- ").append(claim).append('\n');
        }
        out.append('\n');
        for (ReportDocument document : documents) {
            out.append("## ").append(document.experiment()).append("\n\n");
            String folder = ReportText.relativePath(parentFolder, document.directory());
            out.append("Run directory `").append(folder).append("`; its own report: [")
                    .append(folder).append("/report.md](").append(folder).append("/report.md).\n\n");
            appendBody(out, document, 3, parentFolder);
        }
        return out.toString();
    }

    private static void appendBody(StringBuilder out, ReportDocument document, int level, Path reportFolder) {
        String heading = "#".repeat(level) + " ";
        String results = ReportText.relativePath(reportFolder, document.directory().resolve(ReportDocument.RESULTS_FILE));
        out.append(ReportTables.trialCounts(document.trials())).append(". Final metrics of every finished trial: [")
                .append(results).append("](").append(results).append(").\n\n");

        out.append(heading).append("Settings\n\n");
        appendTable(out, ReportTables.settings(document.settings()));

        out.append(heading).append("Final test metrics\n\n").append(ReportText.METRICS_INTRO).append("\n\n");
        appendTable(out, ReportTables.finalMetrics(document.summary()));
        for (ReportSection section : AnalysisSections.comparisonSections(document)) {
            appendSection(out, section, heading, reportFolder);
        }

        out.append(heading).append("Figures\n\n");
        appendFigures(out, document, reportFolder);
        for (ReportSection section : ProtocolSections.sections(document)) {
            appendSection(out, section, heading, reportFolder);
        }

        out.append(heading).append("Diverged trials\n\n");
        appendTrialProblems(out, document);

        out.append(heading).append("Paper claims\n\n").append(ReportText.CLAIMS_INTRO).append("\n\n");
        document.claims().forEach(claim -> appendClaim(out, claim));
    }

    private static void appendSection(StringBuilder out, ReportSection section, String heading, Path reportFolder) {
        out.append(heading).append(section.title()).append("\n\n");
        for (ReportSection.Block block : section.blocks()) {
            if (block instanceof ReportSection.Text text) {
                out.append(text.text()).append("\n\n");
            } else if (block instanceof ReportSection.Table table) {
                appendTable(out, table.model());
            } else if (block instanceof ReportSection.Image image) {
                appendFigure(out, image.figure(), reportFolder);
            } else if (block instanceof ReportSection.Items items) {
                appendItems(out, items.items());
            }
        }
    }

    private static void appendItems(StringBuilder out, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        out.append('\n');
    }

    private static void appendFigure(StringBuilder out, Figure figure, Path reportFolder) {
        out.append("![").append(figure.title()).append("](").append(ReportText.svgPath(reportFolder, figure))
                .append(")\n\n*").append(figure.caption()).append("* ");
        String png = ReportText.relativePath(reportFolder, figure.pngFile());
        out.append("PNG: [").append(png).append("](").append(png).append(")\n\n");
    }

    private static void appendFigures(StringBuilder out, ReportDocument document, Path reportFolder) {
        for (Figure figure : document.figures().figures()) {
            appendFigure(out, figure, reportFolder);
        }
        for (String note : document.figures().notes()) {
            out.append("- ").append(note).append('\n');
        }
        if (!document.figures().notes().isEmpty()) {
            out.append('\n');
        }
    }

    private static void appendTrialProblems(StringBuilder out, ReportDocument document) {
        TableModel diverged = ReportTables.divergedTrials(document.trials());
        if (diverged.rows().isEmpty()) {
            out.append(ReportText.NO_DIVERGENCE).append("\n\n");
        } else {
            appendTable(out, diverged);
        }
        List<String> running = ReportTables.unfinishedTrialIds(document.trials());
        if (!running.isEmpty()) {
            out.append("Still running or interrupted, left out of all numbers: ")
                    .append(String.join(", ", running)).append(".\n\n");
        }
    }

    private static void appendClaim(StringBuilder out, ClaimResult claim) {
        out.append("- **").append(claim.id()).append(" — ").append(claim.verdict().label()).append(".** ")
                .append(claim.claim()).append(' ').append(claim.summary()).append('\n');
        for (String line : claim.evidence()) {
            out.append("  - ").append(line).append('\n');
        }
        out.append('\n');
    }

    private static void appendTable(StringBuilder out, TableModel table) {
        out.append("| ").append(String.join(" | ", table.header().stream().map(MarkdownReport::escape).toList()))
                .append(" |\n|").append("---|".repeat(table.header().size())).append('\n');
        for (List<Cell> row : table.rows()) {
            out.append("| ");
            out.append(String.join(" | ", row.stream().map(MarkdownReport::cellText).toList()));
            out.append(" |\n");
        }
        out.append('\n');
    }

    private static String cellText(Cell cell) {
        String text = escape(cell.text());
        return cell.emphasized() ? "**" + text + "**" : text;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
