package io.mtlbalance.reports.render;

import io.mtlbalance.reports.figures.FigureSet;
import io.mtlbalance.reports.protocols.AlphaSweepAnalysis;
import io.mtlbalance.reports.protocols.GridSearchAnalysis;
import io.mtlbalance.reports.protocols.StaticWeightComparison.Outcome;
import io.mtlbalance.reports.render.ReportSection.Block;
import io.mtlbalance.reports.render.ReportSection.Image;
import io.mtlbalance.reports.render.ReportSection.Items;
import io.mtlbalance.reports.render.ReportSection.Table;
import io.mtlbalance.reports.render.ReportSection.Text;
import java.util.ArrayList;
import java.util.List;

/** Builds the report sections of protocol trials that follow the figures: grid search and alpha sweep. */
final class ProtocolSections {

    static final String RELATIVE_PERFORMANCE = "Relative performance = mean over tasks of s_t · (M_trial,t − "
            + "M_GradNorm,t) / |M_GradNorm,t| × 100 on each task's final primary test metric, against the gradnorm "
            + "trial of the same seed, with s_t = +1 when higher is better and −1 when lower is better; positive "
            + "means the static weights beat GradNorm. Distance = L2 distance between the trial's static weights "
            + "and GradNorm's time-averaged weights (the mean of each task's weight over all steps, same seed).";

    private ProtocolSections() {}

    /** Returns the protocol sections of the run; a protocol without trials gets no section. */
    static List<ReportSection> sections(ReportDocument document) {
        List<ReportSection> sections = new ArrayList<>();
        GridSearchAnalysis grid = document.analyses().gridSearch();
        if (!grid.isEmpty()) {
            sections.add(gridSearch(grid, document.analyses().gridSearchFigures()));
        }
        AlphaSweepAnalysis sweep = document.analyses().alphaSweep();
        if (!sweep.isEmpty()) {
            sections.add(alphaSweep(sweep, document.analyses().alphaSweepFigures()));
        }
        return sections;
    }

    private static ReportSection alphaSweep(AlphaSweepAnalysis sweep, FigureSet figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text("GradNorm trained with each α of the sweep. α = 0 sets the same target gradient norm for "
                + "every task; a larger α raises the targets of tasks that train slower. The table gives final test "
                + "values as mean ± sample standard deviation over finished seeds (n = seeds)."));
        figures.figures().forEach(figure -> blocks.add(new Image(figure)));
        blocks.add(new Items(figures.notes()));
        blocks.add(new Table(ProtocolTables.alphaSweep(sweep)));
        return new ReportSection("Alpha sweep", blocks);
    }

    private static ReportSection gridSearch(GridSearchAnalysis grid, FigureSet figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text("The grid search of section 5.3 of the GradNorm paper trains networks with random static "
                + "weights and compares each with GradNorm. " + RELATIVE_PERFORMANCE));
        if (!grid.gridTrials().isEmpty()) {
            blocks.add(new Text(gridCountSentence(grid)));
            figures.figures().forEach(figure -> blocks.add(new Image(figure)));
            blocks.add(new Items(figures.notes()));
            blocks.add(new Table(ProtocolTables.staticWeights(grid.gridTrials())));
        }
        if (!grid.gradNormStaticTrials().isEmpty()) {
            blocks.add(new Text("gradnorm-static trains with static weights fixed at the time-averaged weights of the "
                    + "gradnorm trial of the same seed, so its distance should be close to 0. Claim C5 below tests "
                    + "whether such static weights perform about as well as GradNorm."));
            blocks.add(new Table(ProtocolTables.staticWeights(grid.gradNormStaticTrials())));
        }
        return new ReportSection("Grid search and static weights", blocks);
    }

    static String gridCountSentence(GridSearchAnalysis grid) {
        int total = grid.gridTrials().size();
        String sentence = grid.countGridTrials(Outcome.BEATS_GRADNORM) + " of " + total
                + " grid-search trials beat GradNorm of the same seed (relative performance > 0); GradNorm beats or "
                + "matches " + grid.countGridTrials(Outcome.GRADNORM_BEATS_OR_MATCHES) + ".";
        int gradNormDiverged = grid.countGridTrials(Outcome.GRADNORM_DIVERGED);
        int trialDiverged = grid.countGridTrials(Outcome.TRIAL_DIVERGED);
        int notCompared = grid.countGridTrials(Outcome.NOT_COMPARED);
        if (gradNormDiverged > 0) {
            sentence += " " + gradNormDiverged + " finished while GradNorm of their seed diverged.";
        }
        if (trialDiverged > 0) {
            sentence += " " + trialDiverged + " diverged while GradNorm of their seed finished.";
        }
        if (notCompared > 0) {
            sentence += " " + notCompared + " could not be compared; the table gives the reason.";
        }
        return sentence;
    }
}
