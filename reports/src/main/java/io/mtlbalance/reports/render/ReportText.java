package io.mtlbalance.reports.render;

import io.mtlbalance.reports.claims.PaperClaims;
import io.mtlbalance.reports.figures.Figure;
import java.nio.file.Path;

/** Sentences and paths that the Markdown and HTML reports share. */
final class ReportText {

    static final String METRICS_INTRO = "Final test metrics of the finished trials: mean ± sample standard "
            + "deviation over seeds. ↑ marks metrics where higher is better, ↓ where lower is better; the best "
            + "mean of each row is in bold. Diverged and running trials are left out.";

    static final String CLAIMS_INTRO = "Claims of the GradNorm paper (Chen, Badrinarayanan, Lee and Rabinovich, "
            + "ICML 2018), checked against this run with fixed rules: in C1–C3 means over finished seeds decide, and "
            + "a Welch t-test shows whether a gap is within noise (p ≥ 0.05); C4–C6 give their rule in their first "
            + "line of evidence. A claim whose trials are absent is not tested. GradNorm is the strategy '"
            + PaperClaims.GRADNORM + "', equal weighting is '" + PaperClaims.EQUAL + "'.";

    static final String VERDICTS_INTRO = "Verdicts of each experiment on the claims of the GradNorm paper "
            + "(Chen et al., ICML 2018); each section below gives the numbers behind them.";

    static final String NO_DIVERGENCE = "No trial diverged.";

    private ReportText() {}

    static String title(String experiment) {
        return "mtlbalance report: " + experiment;
    }

    /** Returns the figure's path relative to the report's folder, with forward slashes. */
    static String relativePath(Path reportFolder, Path file) {
        return reportFolder.toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    static String svgPath(Path reportFolder, Figure figure) {
        return relativePath(reportFolder, figure.svgFile());
    }
}
