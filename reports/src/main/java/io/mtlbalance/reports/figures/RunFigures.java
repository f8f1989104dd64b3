package io.mtlbalance.reports.figures;

import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders the figures of a run report as SVG and PNG files: task weights over steps for each
 * strategy whose weights change, the task-normalized test loss over steps, and bar charts of the
 * final primary metrics. Only finished trials contribute. Rendering is headless.
 */
public final class RunFigures {

    /** The folder, relative to the run directory, that receives the figure files. */
    public static final String FOLDER = "figures";

    private RunFigures() {}

    /**
     * Renders every figure of {@code records} into {@code <runDirectory>/figures}, replacing
     * files of the same name.
     *
     * @param records the run, never null
     * @param summary the final metrics of the same run, never null
     * @return the figures in report order, with a note for each figure that was not drawn
     * @throws IOException when a file cannot be written
     */
    public static FigureSet render(RunRecords records, FinalMetricSummary summary) throws IOException {
        Path folder = records.directory().resolve(FOLDER);
        FigureSet figures = NormalizedLossFigure.render(records, folder);
        for (String strategy : records.strategies()) {
            figures = figures.plus(WeightFigures.render(records, strategy, folder));
        }
        return figures.plus(PrimaryMetricFigure.render(records, summary, folder));
    }

    /**
     * Renders the scatter of grid-search trials, relative performance against distance to GradNorm's
     * time-averaged weights, into {@code <runDirectory>/figures}.
     *
     * @param records the run, never null
     * @param analysis the grid-search analysis of the same run, never null
     * @return the figure, or a note saying why it was not drawn
     * @throws IOException when a file cannot be written
     */
    public static FigureSet renderGridSearch(RunRecords records, GridSearchAnalysis analysis) throws IOException {
        return GridSearchFigure.render(analysis, records.directory().resolve(FOLDER));
    }

    /**
     * Renders the alpha-sweep figure, final primary metrics and task-normalized test loss over
     * alpha, into {@code <runDirectory>/figures}.
     *
     * @param records the run, never null
     * @param analysis the alpha-sweep analysis of the same run, never null
     * @return the figure, or a note saying why it was not drawn
     * @throws IOException when a file cannot be written
     */
    public static FigureSet renderAlphaSweep(RunRecords records, AlphaSweepAnalysis analysis) throws IOException {
        return AlphaSweepFigure.render(analysis, records.directory().resolve(FOLDER));
    }
}
