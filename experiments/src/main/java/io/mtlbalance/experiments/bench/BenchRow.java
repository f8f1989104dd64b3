package io.mtlbalance.experiments.bench;

/**
 * One line of {@code bench.csv}.
 *
 * @param workload the experiment the steps come from
 * @param strategy the contender's label
 * @param tasks the number of tasks
 * @param medianMillis the median over rounds of the mean step time
 * @param minMillis the fastest round's mean step time
 * @param ratioToEqual {@code medianMillis} divided by equal weighting's, same workload and run
 * @param peakHeapMegabytes the largest used heap seen while this contender ran
 * @param liveNativeArrays the native arrays alive under the trial's manager after the last step
 */
public record BenchRow(
        String workload, String strategy, int tasks, double medianMillis, double minMillis, double ratioToEqual,
        double peakHeapMegabytes, int liveNativeArrays) {

    /** The CSV header, in column order. */
    public static final String HEADER =
            "workload,strategy,tasks,ms_per_step_median,ms_per_step_min,ratio_to_equal,peak_heap_mb,native_arrays_live";

    /** Returns the row as CSV. */
    public String toCsv() {
        return String.format(java.util.Locale.ROOT, "%s,%s,%d,%.3f,%.3f,%.3f,%.1f,%d",
                workload, strategy, tasks, medianMillis, minMillis, ratioToEqual, peakHeapMegabytes, liveNativeArrays);
    }
}
