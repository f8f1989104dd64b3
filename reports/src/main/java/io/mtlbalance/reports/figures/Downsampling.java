package io.mtlbalance.reports.figures;

/**
 * Shortens long series for plotting by averaging consecutive buckets, so a 25,000-step run
 * draws as a few hundred points. Bucket averaging keeps the trend of noisy per-step values,
 * where taking every k-th point would keep its noise.
 */
public final class Downsampling {

    /** The default maximum number of plotted points per series. */
    public static final int DEFAULT_MAX_POINTS = 500;

    private Downsampling() {}

    /**
     * Averages consecutive buckets of {@code ceil(n / maxPoints)} values; the last bucket may be
     * shorter. Series of at most {@code maxPoints} values are returned unchanged (as a copy).
     * Applying this to the x and y arrays of a series with the same {@code maxPoints} keeps the
     * points aligned.
     *
     * @param values the series, possibly empty
     * @param maxPoints the maximum length of the result, {@code >= 1}
     * @throws IllegalArgumentException when {@code maxPoints < 1}
     */
    public static double[] bucketMeans(double[] values, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1, got " + maxPoints);
        }
        if (values.length <= maxPoints) {
            return values.clone();
        }

        int bucketSize = (values.length + maxPoints - 1) / maxPoints;
        int bucketCount = (values.length + bucketSize - 1) / bucketSize;
        double[] means = new double[bucketCount];
        for (int bucket = 0; bucket < bucketCount; bucket++) {
            int start = bucket * bucketSize;
            int end = Math.min(start + bucketSize, values.length);
            double sum = 0;
            for (int i = start; i < end; i++) {
                sum += values[i];
            }
            means[bucket] = sum / (end - start);
        }
        return means;
    }
}
