package io.mtlbalance.reports.figures;

import io.mtlbalance.reports.claims.PaperClaims;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Final primary test metric per task and strategy as bars with ±1 sample standard deviation
 * whiskers, one chart per primary metric name. When the equal-weighting means of the tasks
 * differ by more than {@link #RATIO_THRESHOLD} times (tasks on different scales), each bar is
 * divided by the equal-weighting mean of its task so that all tasks share one axis.
 */
final class PrimaryMetricFigure {

    static final double RATIO_THRESHOLD = 10;

    private PrimaryMetricFigure() {}

    static FigureSet render(RunRecords records, FinalMetricSummary summary, Path folder) throws IOException {
        FigureSet result = new FigureSet(List.of(), List.of());
        for (Map.Entry<String, List<TaskMetric>> entry : primaryMetricsByName(records).entrySet()) {
            result = result.plus(renderMetric(entry.getKey(), entry.getValue(), summary, folder));
        }
        return result;
    }

    private static Map<String, List<TaskMetric>> primaryMetricsByName(RunRecords records) {
        Map<String, List<TaskMetric>> byName = new LinkedHashMap<>();
        records.taskMetrics().stream().filter(TaskMetric::primary)
                .forEach(m -> byName.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m));
        return byName;
    }

    private static FigureSet renderMetric(String metric, List<TaskMetric> tasks, FinalMetricSummary summary,
            Path folder) throws IOException {
        boolean relative = needsRatio(tasks, summary);
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        for (String strategy : summary.strategies()) {
            for (TaskMetric task : tasks) {
                MetricKey key = new MetricKey(task.task(), metric);
                Optional<SeedStatistics> stats = summary.statistics(strategy, key);
                if (stats.isPresent()) {
                    double scale = relative ? summary.statistics(PaperClaims.EQUAL, key).orElseThrow().mean() : 1.0;
                    double std = stats.get().count() < 2 ? 0 : stats.get().standardDeviation();
                    dataset.add(stats.get().mean() / scale, std / scale, strategy, task.task());
                }
            }
        }
        if (dataset.getRowCount() == 0) {
            return FigureSet.skipped("No bar chart of " + metric + ": no finished trial reported it.");
        }

        String arrow = tasks.get(0).direction().arrow();
        String axisLabel = relative ? metric + " / equal weighting's mean " + arrow : metric + " " + arrow;
        JFreeChart chart = createChart("Final test " + metric + " per task", axisLabel, dataset, summary);
        ChartStyle.addSubtitle(chart, (relative ? "divided by the equal-weighting mean of each task; " : "")
                + "whiskers: ±1 sample standard deviation over finished seeds");
        String caption = "Final test " + metric + " per task, mean over finished seeds with ±1 sample standard "
                + "deviation whiskers" + (relative ? ", divided by the equal-weighting mean of each task." : ".");
        return FigureSet.drawn(ChartFiles.write(chart, folder, "final-" + metric, caption));
    }

    private static boolean needsRatio(List<TaskMetric> tasks, FinalMetricSummary summary) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (TaskMetric task : tasks) {
            Optional<SeedStatistics> equal = summary.statistics(PaperClaims.EQUAL, new MetricKey(task.task(), task.metric()));
            if (equal.isEmpty() || !(equal.get().mean() > 0)) {
                return false;
            }
            smallest = Math.min(smallest, equal.get().mean());
            largest = Math.max(largest, equal.get().mean());
        }
        return largest / smallest > RATIO_THRESHOLD;
    }

    private static JFreeChart createChart(String title, String axisLabel, DefaultStatisticalCategoryDataset dataset,
            FinalMetricSummary summary) {
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        for (int row = 0; row < dataset.getRowCount(); row++) {
            String strategy = (String) dataset.getRowKey(row);
            renderer.setSeriesPaint(row, ChartStyle.color(summary.strategies().indexOf(strategy)));
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("task"), new NumberAxis(axisLabel), renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        return chart;
    }
}
