package io.mtlbalance.reports.figures;

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
}
