package io.mtlbalance.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.stats.FinalMetricSummary;
import io.mtlbalance.reports.stats.MetricKey;
import io.mtlbalance.reports.stats.SeedStatistics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinalMetricSummaryTest {

    private static final double TOLERANCE = 1e-12;

    @TempDir
    Path runDirectory;

    @Test
    void seedStatisticsUseSampleDeviation() {
        SeedStatistics stats = SeedStatistics.of(new double[] {2.0, 4.0, 9.0});

        // mean 15/3 = 5; squared deviations 9 + 1 + 16 = 26; 26 / (3 - 1) = 13
        assertEquals(5.0, stats.mean(), TOLERANCE);
        assertEquals(Math.sqrt(13.0), stats.standardDeviation(), TOLERANCE);
        assertEquals(2.0, stats.min());
        assertEquals(9.0, stats.max());
    }

    @Test
    void singleSeedHasNoDeviation() {
        SeedStatistics stats = SeedStatistics.of(new double[] {0.3});

        assertTrue(Double.isNaN(stats.standardDeviation()));
        assertEquals(1, stats.count());
    }

    @Test
    void divergedTrialLeftOutOfMeans() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        FinalMetricSummary summary = FinalMetricSummary.of(RunRecords.load(runDirectory));

        // finished GradNorm seeds 1-3 only: 0.4, 0.5, 0.6; seed 4 diverged with 99.0
        assertArrayEquals(new double[] {0.4, 0.5, 0.6}, summary.values("gradnorm", MetricKey.normalizedLoss()));
        SeedStatistics stats = summary.statistics("gradnorm", MetricKey.normalizedLoss()).orElseThrow();
        assertEquals(0.5, stats.mean(), TOLERANCE);
        // deviations -0.1, 0, 0.1: (0.01 + 0 + 0.01) / 2 = 0.01
        assertEquals(0.1, stats.standardDeviation(), TOLERANCE);
        assertEquals(3, summary.finishedTrials("gradnorm"));
    }

    @Test
    void rowsFollowTaskListOrder() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        FinalMetricSummary summary = FinalMetricSummary.of(RunRecords.load(runDirectory));

        List<MetricKey> expected = List.of(new MetricKey("t0", "mse"), new MetricKey("t0", "loss"),
                new MetricKey("t1", "mse"), new MetricKey("t1", "loss"), MetricKey.normalizedLoss());
        assertEquals(expected, summary.keys());
    }

    @Test
    void tableHasMeanAndStdPerStrategy() throws IOException {
        Scenarios.gradNormWins(runDirectory);

        var table = FinalMetricSummary.of(RunRecords.load(runDirectory)).toTable();

        var row = table.where(table.stringColumn("strategy").isEqualTo("equal")
                .and(table.stringColumn("task").isEqualTo("t1"))
                .and(table.stringColumn("metric").isEqualTo("mse")));
        // equal t1 mse: 1.5, 1.6, 1.7 -> mean 1.6, std sqrt((0.01 + 0 + 0.01) / 2) = 0.1
        assertEquals(1, row.rowCount());
        assertEquals(1.6, row.doubleColumn("mean").getDouble(0), TOLERANCE);
        assertEquals(0.1, row.doubleColumn("std").getDouble(0), TOLERANCE);
        assertEquals(3, row.intColumn("seeds").getInt(0));
    }
}
