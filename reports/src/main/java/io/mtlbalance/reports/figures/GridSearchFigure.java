package io.mtlbalance.reports.figures;

import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.protocols.StaticWeightComparison;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Scatter of grid-search trials: relative performance against GradNorm of the same seed over the
 * L2 distance between the trial's static weights and GradNorm's time-averaged weights. The
 * gradnorm-static trials form a second series; GradNorm itself is the line at 0.
 */
final class GridSearchFigure {

    static final String NAME = "grid-search";

    private GridSearchFigure() {}

    static FigureSet render(GridSearchAnalysis analysis, Path folder) throws IOException {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYSeries grid = series("grid-search trials", analysis.gridTrials());
        XYSeries gradNormStatic = series("gradnorm-static", analysis.gradNormStaticTrials());
        if (grid.getItemCount() == 0) {
            return FigureSet.skipped("No grid-search figure: no grid-search trial has both a relative performance "
                    + "and a distance to GradNorm's weights.");
        }
        dataset.addSeries(grid);
        if (gradNormStatic.getItemCount() > 0) {
            dataset.addSeries(gradNormStatic);
        }

        JFreeChart chart = ChartFactory.createXYLineChart("Grid search against GradNorm",
                "L2 distance to GradNorm's time-averaged weights", "relative performance vs GradNorm (%)", dataset,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        ChartStyle.addSubtitle(chart, "one point per trial, against the gradnorm trial of the same seed; "
                + "above 0: the static weights beat GradNorm");
        String caption = "Each point is one trial with static weights: its relative performance against GradNorm of "
                + "the same seed (mean over tasks of the signed relative change of the primary test metric, in %; "
                + "positive means the static weights are better) over the L2 distance between its weights and "
                + "GradNorm's time-averaged weights. The horizontal line at 0 is GradNorm.";
        return FigureSet.drawn(ChartFiles.write(chart, folder, NAME, caption));
    }

    private static XYSeries series(String name, List<StaticWeightComparison> comparisons) {
        XYSeries series = new XYSeries(name, false, true);
        for (StaticWeightComparison comparison : comparisons) {
            if (comparison.distance().isPresent() && comparison.relativePerformance().isPresent()) {
                series.add(comparison.distance().getAsDouble(), comparison.relativePerformance().getAsDouble());
            }
        }
        return series;
    }

    private static void style(JFreeChart chart) {
        ChartStyle.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartStyle.color(0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, ChartStyle.color(3));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        plot.setRenderer(renderer);
        // Margins keep points at distance 0 (gradnorm-static) clear of the axis line; by default
        // NumberAxis stops a margin at zero.
        NumberAxis distanceAxis = (NumberAxis) plot.getDomainAxis();
        distanceAxis.setAutoRangeStickyZero(false);
        distanceAxis.setLowerMargin(0.04);
        distanceAxis.setUpperMargin(0.04);

        ValueMarker gradNorm = new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.5f));
        gradNorm.setLabel("GradNorm");
        gradNorm.setLabelFont(new Font("SansSerif", Font.PLAIN, 12));
        gradNorm.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        gradNorm.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(gradNorm);
    }
}
