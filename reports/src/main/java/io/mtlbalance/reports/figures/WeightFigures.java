package io.mtlbalance.reports.figures;

import static tech.tablesaw.aggregate.AggregateFunctions.mean;

import io.mtlbalance.reports.records.RunRecords;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tech.tablesaw.api.Table;

/**
 * Task weights over training steps, one chart per strategy whose weights change (the middle
 * panel of Figure 2 in the GradNorm paper). Each line is one task's weight at each step, averaged
 * over the finished seeds, then bucket-averaged down to {@link Downsampling#DEFAULT_MAX_POINTS}.
 */
final class WeightFigures {

    /** Weights that vary by less than this over a whole run count as constant. */
    static final double CONSTANT_TOLERANCE = 1e-9;

    private WeightFigures() {}

    /**
     * Renders the chart of {@code strategy} into {@code folder}, or returns a note saying why no
     * chart was drawn (no finished trial, or constant weights).
     */
    static FigureSet render(RunRecords records, String strategy, Path folder) throws IOException {
        Table rows = FinishedRows.of(records.steps(), records, strategy);
        int trials = FinishedRows.trialIds(records, strategy).size();
        if (rows.rowCount() == 0) {
            return FigureSet.skipped("No weight figure for " + strategy + ": it has no finished trial with steps.");
        }
        if (isConstantPerTask(rows)) {
            return FigureSet.skipped("No weight figure for " + strategy
                    + ": its task weights are constant over all steps.");
        }

        Table means = rows.summarize("weight", mean).by("step", "task").sortAscendingOn("step");
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (String task : records.taskNames()) {
            Table taskRows = means.where(means.stringColumn("task").isEqualTo(task));
            if (taskRows.rowCount() > 0) {
                dataset.addSeries(series(task, taskRows.longColumn("step").asDoubleArray(),
                        taskRows.doubleColumn(2).asDoubleArray()));
            }
        }

        JFreeChart chart = ChartFactory.createXYLineChart("Task weights over training: " + strategy,
                "training step", "task weight w_i", dataset, PlotOrientation.VERTICAL, true, false, false);
        styleLines(chart, dataset.getSeriesCount());
        ChartStyle.addSubtitle(chart, "mean over " + FinishedRows.seedCount(trials) + " (finished trials)");
        String caption = "Weight of each task at each training step for " + strategy + ", mean over "
                + FinishedRows.seedCount(trials) + " (finished trials only).";
        return FigureSet.drawn(ChartFiles.write(chart, folder, "weights-" + strategy, caption));
    }

    private static boolean isConstantPerTask(Table rows) {
        for (String task : rows.stringColumn("task").unique().asList()) {
            Table taskRows = rows.where(rows.stringColumn("task").isEqualTo(task));
            double min = taskRows.doubleColumn("weight").min();
            double max = taskRows.doubleColumn("weight").max();
            if (max - min > CONSTANT_TOLERANCE * Math.max(1.0, Math.abs(max))) {
                return false;
            }
        }
        return true;
    }

    static XYSeries series(String key, double[] steps, double[] values) {
        double[] x = Downsampling.bucketMeans(steps, Downsampling.DEFAULT_MAX_POINTS);
        double[] y = Downsampling.bucketMeans(values, Downsampling.DEFAULT_MAX_POINTS);
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i], false);
        }
        return series;
    }

    private static void styleLines(JFreeChart chart, int seriesCount) {
        ChartStyle.apply(chart);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One SVG path per series in place of one per segment keeps the SVG small.
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        chart.getXYPlot().setRenderer(renderer);
    }
}
