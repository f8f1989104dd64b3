package io.mtlbalance.reports.figures;

import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.mean;
import static tech.tablesaw.aggregate.AggregateFunctions.min;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.MetricKey;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import tech.tablesaw.api.Table;

/**
 * Task-normalized test loss {@code sum_i L_i(t) / L_i(0)} over training steps, one line per
 * strategy (the right panel of Figure 2 in the GradNorm paper). Each line is the mean over the
 * finished seeds; the shaded band spans their minimum and maximum.
 */
final class NormalizedLossFigure {

    static final String NAME = "normalized-loss";

    /** A y range wider than this ratio switches the axis to a log scale. */
    private static final double LOG_SCALE_RATIO = 30;

    private NormalizedLossFigure() {}

    static FigureSet render(RunRecords records, Path folder) throws IOException {
        Table evaluations = records.evaluations();
        Table normalized = evaluations.where(evaluations.stringColumn("task").isEqualTo(MetricKey.ALL_TASKS)
                .and(evaluations.stringColumn("metric").isEqualTo(MetricKey.NORMALIZED_LOSS)));

        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        List<Integer> colorIndices = new ArrayList<>();
        List<String> seedCounts = new ArrayList<>();
        List<String> strategies = records.strategies();
        for (int s = 0; s < strategies.size(); s++) {
            Table rows = FinishedRows.of(normalized, records, strategies.get(s));
            if (rows.rowCount() > 0) {
                dataset.addSeries(series(strategies.get(s), rows));
                colorIndices.add(s);
                seedCounts.add(strategies.get(s) + " " + FinishedRows.seedCount(
                        FinishedRows.trialIds(records, strategies.get(s)).size()));
            }
        }
        if (dataset.getSeriesCount() == 0) {
            return FigureSet.skipped("No normalized-loss figure: no finished trial has evaluation rows with task="
                    + MetricKey.ALL_TASKS + ", metric=" + MetricKey.NORMALIZED_LOSS + ".");
        }

        JFreeChart chart = ChartFactory.createXYLineChart("Task-normalized test loss", "training step",
                "Σ_i L_i(t) / L_i(0), test split", dataset, PlotOrientation.VERTICAL, true, false, false);
        style(chart, colorIndices);
        ChartStyle.addSubtitle(chart, "lines: mean over finished seeds; bands: minimum to maximum");
        String caption = "Sum over tasks of each test loss divided by its value before training. Lines are means "
                + "over finished seeds (" + String.join(", ", seedCounts) + "); bands span the minimum and maximum.";
        return FigureSet.drawn(ChartFiles.write(chart, folder, NAME, caption));
    }

    private static YIntervalSeries series(String strategy, Table rows) {
        Table byStep = rows.summarize("value", mean, min, max).by("step").sortAscendingOn("step");
        int points = Downsampling.DEFAULT_MAX_POINTS;
        double[] steps = Downsampling.bucketMeans(byStep.longColumn("step").asDoubleArray(), points);
        double[] means = Downsampling.bucketMeans(byStep.doubleColumn(1).asDoubleArray(), points);
        double[] lows = Downsampling.bucketMeans(byStep.doubleColumn(2).asDoubleArray(), points);
        double[] highs = Downsampling.bucketMeans(byStep.doubleColumn(3).asDoubleArray(), points);

        YIntervalSeries series = new YIntervalSeries(strategy, false, true);
        for (int i = 0; i < steps.length; i++) {
            series.add(steps[i], means[i], lows[i], highs[i]);
        }
        return series;
    }

    private static void style(JFreeChart chart, List<Integer> colorIndices) {
        ChartStyle.apply(chart);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.2f);
        for (int i = 0; i < colorIndices.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(colorIndices.get(i)));
            renderer.setSeriesFillPaint(i, ChartStyle.color(colorIndices.get(i)));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        plot.setRenderer(renderer);
        useLogScaleForWideRanges(plot);
    }

    private static void useLogScaleForWideRanges(XYPlot plot) {
        double lower = plot.getDataRange(plot.getRangeAxis()).getLowerBound();
        double upper = plot.getDataRange(plot.getRangeAxis()).getUpperBound();
        if (lower > 0 && upper / lower > LOG_SCALE_RATIO) {
            LogAxis axis = new LogAxis(plot.getRangeAxis().getLabel() + " (log scale)");
            axis.setLabelFont(plot.getRangeAxis().getLabelFont());
            axis.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
            axis.setLabelPaint(Color.BLACK);
            plot.setRangeAxis(axis);
        }
    }
}
