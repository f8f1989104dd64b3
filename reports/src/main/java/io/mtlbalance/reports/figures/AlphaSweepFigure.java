package io.mtlbalance.reports.figures;

import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.AlphaSweepAnalysis.AlphaRow;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The alpha sweep in two panels over alpha: above, each task's final primary test metric divided
 * by its value at alpha = 0 (or by its mean over all alphas when alpha = 0 has no usable value),
 * so tasks on different scales share one axis; below, the final task-normalized test loss. Each
 * point is a mean over the finished seeds of one alpha.
 */
final class AlphaSweepFigure {

    static final String NAME = "alpha-sweep";
    static final int HEIGHT = 720;

    private AlphaSweepFigure() {}

    static FigureSet render(AlphaSweepAnalysis analysis, Path folder) throws IOException {
        List<TaskMetric> metrics = analysis.primaryMetrics();
        boolean byAlphaZero = canDivideByAlphaZero(analysis);
        XYSeriesCollection relative = new XYSeriesCollection();
        for (int t = 0; t < metrics.size(); t++) {
            XYSeries series = relativeSeries(analysis, t, byAlphaZero);
            if (series.getItemCount() > 0) {
                relative.addSeries(series);
            }
        }
        XYSeriesCollection loss = new XYSeriesCollection(lossSeries(analysis));
        if (relative.getSeriesCount() == 0 && loss.getSeries(0).getItemCount() == 0) {
            return FigureSet.skipped("No alpha-sweep figure: no finished alpha-sweep trial recorded a primary metric "
                    + "or the task-normalized test loss.");
        }

        String divisor = byAlphaZero ? "value at α = 0" : "mean over all α";
        NumberAxis alphaAxis = new NumberAxis("α (GradNorm asymmetry)");
        // Margins keep the points at alpha = 0 clear of the axis line; by default NumberAxis stops a margin at zero.
        alphaAxis.setAutoRangeStickyZero(false);
        alphaAxis.setLowerMargin(0.03);
        alphaAxis.setUpperMargin(0.03);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(alphaAxis);
        plot.add(panel(relative, "primary metric / " + divisor, 0), 1);
        plot.add(panel(loss, "task-normalized test loss ↓", relative.getSeriesCount()), 1);
        JFreeChart chart = new JFreeChart("Alpha sweep", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.addSubtitle(chart, "means over finished seeds; upper panel divided by each task's " + divisor);
        String caption = "Final test results of GradNorm for each α of the sweep, means over finished seeds. Upper "
                + "panel: each task's primary metric divided by its " + divisor + " (arrows give the better "
                + "direction). Lower panel: task-normalized test loss.";
        return FigureSet.drawn(ChartFiles.write(chart, folder, NAME, caption, HEIGHT));
    }

    /** Returns whether alpha = 0 has a nonzero mean for every primary metric. */
    private static boolean canDivideByAlphaZero(AlphaSweepAnalysis analysis) {
        Optional<AlphaRow> zero = analysis.row(0.0);
        return zero.isPresent() && zero.get().primary().stream()
                .allMatch(stats -> stats.isPresent() && stats.get().mean() != 0);
    }

    private static XYSeries relativeSeries(AlphaSweepAnalysis analysis, int task, boolean byAlphaZero) {
        TaskMetric metric = analysis.primaryMetrics().get(task);
        XYSeries series = new XYSeries(metric.task() + " " + metric.labelWithArrow(), true, false);
        double divisor = byAlphaZero
                ? analysis.row(0.0).orElseThrow().primary().get(task).orElseThrow().mean()
                : meanOverAlphas(analysis, task);
        if (divisor == 0 || Double.isNaN(divisor)) {
            return series;
        }
        for (AlphaRow row : analysis.rows()) {
            row.primary().get(task).ifPresent(stats -> series.add(row.alpha(), stats.mean() / divisor));
        }
        return series;
    }

    private static double meanOverAlphas(AlphaSweepAnalysis analysis, int task) {
        return analysis.rows().stream()
                .map(row -> row.primary().get(task))
                .flatMap(Optional::stream)
                .mapToDouble(SeedStatistics::mean)
                .average()
                .orElse(Double.NaN);
    }

    private static XYSeries lossSeries(AlphaSweepAnalysis analysis) {
        XYSeries series = new XYSeries("task-normalized test loss", true, false);
        for (AlphaRow row : analysis.rows()) {
            row.normalizedLoss().ifPresent(stats -> series.add(row.alpha(), stats.mean()));
        }
        return series;
    }

    private static XYPlot panel(XYSeriesCollection dataset, String label, int firstColor) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(firstColor + i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        XYPlot panel = new XYPlot(dataset, null, axis, renderer);
        ChartStyle.applyToPanel(panel);
        return panel;
    }
}
