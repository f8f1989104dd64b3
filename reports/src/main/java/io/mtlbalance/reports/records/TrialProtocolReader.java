package io.mtlbalance.reports.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the protocol keys of trial.properties ({@code protocol}, {@code single.task},
 * {@code grid.index}, {@code static.weights}, {@code alpha}) and checks them against the
 * trial's strategy name and the run's task list.
 */
final class TrialProtocolReader {

    private static final Set<String> PROTOCOL_STRATEGY_NAMES = Set.of(Protocol.SINGLE_TASK.strategyName(),
            Protocol.GRID_SEARCH.strategyName(), Protocol.ALPHA_SWEEP.strategyName());
    private static final double SUM_TOLERANCE = 1e-6;
    private static final Logger LOG = LoggerFactory.getLogger(TrialProtocolReader.class);

    private TrialProtocolReader() {}

    static TrialProtocol read(Properties properties, String strategy, Path file, List<String> taskNames) {
        Protocol kind = kindOf(properties, strategy, file);
        return switch (kind) {
            case STRATEGY -> TrialProtocol.strategy();
            case SINGLE_TASK -> TrialProtocol.singleTask(readTask(properties, file, taskNames));
            case GRID_SEARCH -> TrialProtocol.gridSearch(readGridIndex(properties, file),
                    readWeights(properties, file, taskNames));
            case ALPHA_SWEEP -> TrialProtocol.alphaSweep(readAlpha(properties, file));
            case GRADNORM_STATIC -> TrialProtocol.gradNormStatic(readWeights(properties, file, taskNames));
        };
    }

    /**
     * Decides the protocol. A gradnorm-static trial may write {@code protocol=strategy} or omit
     * the key, because it is a row of the strategy comparison; its strategy name identifies it.
     */
    private static Protocol kindOf(Properties properties, String strategy, Path file) {
        String value = properties.getProperty("protocol", "").strip();
        Protocol kind = value.isEmpty() ? Protocol.STRATEGY : Protocol.parse(value, file);
        if (kind == Protocol.STRATEGY && strategy.equals(Protocol.GRADNORM_STATIC.strategyName())) {
            return Protocol.GRADNORM_STATIC;
        }
        if (kind == Protocol.STRATEGY && PROTOCOL_STRATEGY_NAMES.contains(strategy)) {
            throw new InvalidRunRecordsException(file, "Trial file " + file + " has strategy=" + strategy
                    + " but no protocol=" + strategy + ". Trials of the " + strategy
                    + " protocol must write both keys; rerun the trial with the current runner.");
        }
        if (kind != Protocol.STRATEGY && !strategy.equals(kind.strategyName())) {
            throw new InvalidRunRecordsException(file, "Trial file " + file + " has protocol=" + kind.recordValue()
                    + " but strategy=" + strategy + "; trials of that protocol must have strategy="
                    + kind.strategyName() + ". Rerun the trial with the current runner.");
        }
        return kind;
    }

    private static String readTask(Properties properties, Path file, List<String> taskNames) {
        String task = PropertiesFiles.require(properties, "single.task", file);
        if (!taskNames.contains(task)) {
            throw new InvalidRunRecordsException(file, "Invalid value '" + task + "' for key 'single.task' in " + file
                    + ": the run's tasks.csv lists " + String.join(", ", taskNames)
                    + ". Rerun the single-task trial or fix tasks.csv.");
        }
        return task;
    }

    private static int readGridIndex(Properties properties, Path file) {
        long index = PropertiesFiles.requireLong(properties, "grid.index", file);
        if (index < 1 || index > Integer.MAX_VALUE) {
            throw new InvalidRunRecordsException(file, "Invalid value '" + index + "' for key 'grid.index' in " + file
                    + ": expected a positive whole number (grid trials count from 1).");
        }
        return (int) index;
    }

    private static double readAlpha(Properties properties, Path file) {
        double alpha = PropertiesFiles.requireDouble(properties, "alpha", file);
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new InvalidRunRecordsException(file, "Invalid value '" + alpha + "' for key 'alpha' in " + file
                    + ": GradNorm's alpha must be a finite number >= 0.");
        }
        return alpha;
    }

    /** Parses {@code static.weights}: one finite, non-negative weight per task, in tasks.csv order. */
    private static List<Double> readWeights(Properties properties, Path file, List<String> taskNames) {
        String text = PropertiesFiles.require(properties, "static.weights", file);
        List<Double> weights = new ArrayList<>();
        for (String field : text.split(",", -1)) {
            weights.add(parseWeight(field.strip(), text, file));
        }
        if (weights.size() != taskNames.size()) {
            throw new InvalidRunRecordsException(file, "Key 'static.weights' in " + file + " has " + weights.size()
                    + " weights (" + text + ") but the run has " + taskNames.size() + " tasks ("
                    + String.join(", ", taskNames) + "). Write one weight per task, in tasks.csv order.");
        }
        warnUnlessSumIsTaskCount(weights, file);
        return weights;
    }

    /**
     * Warns when the weights do not sum to the task count. GradNorm renormalizes its weights to
     * that sum, so distances to its weights compare like with like only under the same sum.
     */
    private static void warnUnlessSumIsTaskCount(List<Double> weights, Path file) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - weights.size()) > SUM_TOLERANCE * weights.size()) {
            LOG.warn("Static weights in {} sum to {}, not to the task count {}; distances to GradNorm's weights "
                    + "mix scale and direction", file, sum, weights.size());
        }
    }

    private static double parseWeight(String field, String text, Path file) {
        double weight;
        try {
            weight = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw invalidWeight(field, text, file, e);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw invalidWeight(field, text, file, null);
        }
        return weight;
    }

    private static InvalidRunRecordsException invalidWeight(String field, String text, Path file, Exception cause) {
        return new InvalidRunRecordsException(file, "Invalid weight '" + field + "' in key 'static.weights' ("
                + text + ") of " + file + ": expected comma-separated finite numbers >= 0, such as 1.5,0.5.", cause);
    }
}
