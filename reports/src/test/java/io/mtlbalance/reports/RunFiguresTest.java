package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.figures.Downsampling;
import io.mtlbalance.reports.figures.Figure;
import io.mtlbalance.reports.figures.FigureSet;
import io.mtlbalance.reports.figures.RunFigures;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class RunFiguresTest {

    /** The winning scenario, rendered once because the figure tests only read its files. */
    @TempDir
    static Path runDirectory;

    private static FigureSet figures;

    @BeforeAll
    static void renderWinningRun() throws IOException {
        Scenarios.gradNormWins(runDirectory);
        RunRecords records = RunRecords.load(runDirectory);
        figures = RunFigures.render(records, FinalMetricSummary.of(records));
    }

    @Test
    void bucketMeansAverageConsecutiveValues() {
        // 7 values into at most 3 points: bucket size ceil(7/3) = 3 -> (1+2+3)/3, (4+5+6)/3, 7/1
        double[] means = Downsampling.bucketMeans(new double[] {1, 2, 3, 4, 5, 6, 7}, 3);

        assertArrayEquals(new double[] {2.0, 5.0, 7.0}, means, 1e-12);
    }

    @Test
    void shortSeriesKeptUnchanged() {
        double[] values = {3, 1, 2};

        assertArrayEquals(values, Downsampling.bucketMeans(values, 3));
    }

    @Test
    void longSeriesStaysWithinLimit() {
        double[] steps = new double[25_000];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
        }

        double[] points = Downsampling.bucketMeans(steps, Downsampling.DEFAULT_MAX_POINTS);

        // bucket size 50: the first bucket averages steps 0..49
        assertEquals(500, points.length);
        assertEquals(24.5, points[0], 1e-12);
    }

    @Test
    void invalidPointLimitRejected() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Downsampling.bucketMeans(new double[] {1}, 0));

        assertEquals("maxPoints must be at least 1, got 0", error.getMessage());
    }

    @Test
    void figuresWrittenForLearnedWeightsOnly() throws IOException {
        List<String> names = figures.figures().stream().map(Figure::name).toList();
        assertEquals(List.of("normalized-loss", "weights-gradnorm", "final-mse"), names);
        assertEquals(List.of("No weight figure for equal: its task weights are constant over all steps."),
                figures.notes());
    }

    @Test
    void pngFilesAreValidImages() throws IOException {
        for (Figure figure : figures.figures()) {
            assertTrue(FigureFiles.startsWithPngSignature(figure.pngFile()), figure.pngFile().toString());
            BufferedImage image = ImageIO.read(figure.pngFile().toFile());
            assertEquals(900, image.getWidth());
            assertEquals(540, image.getHeight());
        }
    }

    @Test
    void svgFilesParseAsSvgXml() throws IOException {
        for (Figure figure : figures.figures()) {
            Document document = FigureFiles.parseXml(Files.readString(figure.svgFile()));
            assertEquals("svg", document.getDocumentElement().getLocalName());
            assertEquals(figure.svgDocument(), Files.readString(figure.svgFile()));
        }
    }

    @Test
    void weightChartShowsTitleAndTasks() throws IOException {
        Figure weights = figures.figures().get(1);

        assertTrue(weights.svgDocument().contains("Task weights over training: gradnorm"));
        assertTrue(weights.svgDocument().contains("training step"));
        assertTrue(weights.svgDocument().contains(">t0<"), "legend names task t0");
        assertTrue(weights.svgDocument().contains(">t1<"), "legend names task t1");
    }

    @Test
    void figuresLandInFiguresFolder() throws IOException {
        assertTrue(Files.isRegularFile(runDirectory.resolve("figures/normalized-loss.svg")));
        assertTrue(Files.isRegularFile(runDirectory.resolve("figures/normalized-loss.png")));
        assertTrue(Files.isRegularFile(runDirectory.resolve("figures/weights-gradnorm.png")));
    }
}
