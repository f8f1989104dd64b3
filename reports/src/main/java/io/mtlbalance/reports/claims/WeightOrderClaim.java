package io.mtlbalance.reports.claims;

import static tech.tablesaw.aggregate.AggregateFunctions.mean;

import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.Trial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * C2: GradNorm gives the largest time-averaged weight to the task with the smallest initial
 * training loss, and the smallest weight to the task with the largest. This is how GradNorm
 * counters loss scale: a task with a large loss has large gradients, so its weight drops.
 *
 * <p>From steps.csv of the finished GradNorm trials: the time-averaged weight of a task is the
 * mean of its weight over all recorded steps of a trial, then averaged over trials. The initial
 * loss is the training loss at the first recorded step (step 0 for runner output), averaged over
 * trials.
 */
final class WeightOrderClaim {

    static final String ID = "C2";
    static final String CLAIM = "GradNorm gives the largest time-averaged weight to the task with the smallest "
            + "initial training loss, and the smallest weight to the task with the largest.";

    private WeightOrderClaim() {}

    static ClaimResult evaluate(RunRecords records) {
        StrategyOutcome gradNorm = StrategyOutcome.of(records, PaperClaims.GRADNORM);
        if (!gradNorm.inRun()) {
            return StrategyComparison.notTested(ID, CLAIM, "The run does not contain the strategy '"
                    + PaperClaims.GRADNORM + "'.");
        }
        if (gradNorm.finished() == 0) {
            return StrategyComparison.notTested(ID, CLAIM, "No GradNorm trial finished (" + gradNorm.diverged()
                    + " diverged), so there are no complete weight histories.");
        }
        if (records.taskNames().size() < 2) {
            return StrategyComparison.notTested(ID, CLAIM, "The run has fewer than two tasks.");
        }

        Table steps = finishedGradNormSteps(records);
        if (steps.rowCount() == 0) {
            return StrategyComparison.notTested(ID, CLAIM, "steps.csv of the finished GradNorm trials has no rows.");
        }
        long firstStep = (long) steps.longColumn("step").min();
        Map<String, Double> initialLoss = meanByTask(steps.where(steps.longColumn("step").isEqualTo(firstStep)), "loss");
        Map<String, Double> averageWeight = meanByTask(steps, "weight");
        if (initialLoss.size() < 2 || !initialLoss.keySet().equals(averageWeight.keySet())) {
            return StrategyComparison.notTested(ID, CLAIM, "steps.csv of the finished GradNorm trials does not "
                    + "contain losses and weights for at least two tasks.");
        }
        return decide(initialLoss, averageWeight, firstStep, gradNorm.finished());
    }

    private static Table finishedGradNormSteps(RunRecords records) {
        List<String> trialIds = records.trials().stream()
                .filter(t -> t.strategy().equals(PaperClaims.GRADNORM) && t.isFinished())
                .map(Trial::id)
                .toList();
        Table steps = records.steps();
        return steps.where(steps.stringColumn("trial").isIn(trialIds));
    }

    /** Averages a column per trial and task, then over trials, keeping the task order of the rows. */
    private static Map<String, Double> meanByTask(Table rows, String column) {
        Table perTrial = rows.summarize(column, mean).by("trial", "task");
        Table perTask = perTrial.summarize(perTrial.column(2).name(), mean).by("task");
        Map<String, Double> means = new LinkedHashMap<>();
        for (String task : rows.stringColumn("task").unique().asList()) {
            for (int row = 0; row < perTask.rowCount(); row++) {
                if (perTask.stringColumn(0).get(row).equals(task)) {
                    means.put(task, perTask.doubleColumn(1).getDouble(row));
                }
            }
        }
        return means;
    }

    private static ClaimResult decide(
            Map<String, Double> initialLoss, Map<String, Double> averageWeight, long firstStep, int trials) {
        String smallestLossTask = argExtreme(initialLoss, false);
        String largestLossTask = argExtreme(initialLoss, true);
        String largestWeightTask = argExtreme(averageWeight, true);
        String smallestWeightTask = argExtreme(averageWeight, false);
        boolean largestMatches = largestWeightTask.equals(smallestLossTask);
        boolean smallestMatches = smallestWeightTask.equals(largestLossTask);

        String summary = "Largest time-averaged weight: " + largestWeightTask + " (smallest initial loss: "
                + smallestLossTask + "); smallest weight: " + smallestWeightTask + " (largest initial loss: "
                + largestLossTask + ")" + mismatch(largestMatches, smallestMatches) + ".";
        List<String> evidence = new ArrayList<>();
        evidence.add("Means over " + trials + " finished GradNorm trials; initial loss at step " + firstStep + ".");
        initialLoss.forEach((task, loss) -> evidence.add(task + ": initial training loss " + Numbers.format(loss)
                + ", time-averaged weight " + Numbers.format(averageWeight.get(task)) + "."));
        Verdict verdict = largestMatches && smallestMatches ? Verdict.AGREES : Verdict.DISAGREES;
        return new ClaimResult(ID, CLAIM, verdict, summary, evidence);
    }

    private static String mismatch(boolean largestMatches, boolean smallestMatches) {
        if (largestMatches && smallestMatches) {
            return "";
        }
        if (!largestMatches && !smallestMatches) {
            return "; neither end of the weight order matches the loss order";
        }
        return largestMatches ? "; the smallest weight goes to another task" : "; the largest weight goes to another task";
    }

    /** Returns the task with the largest value, or the smallest; ties go to the task listed first. */
    private static String argExtreme(Map<String, Double> values, boolean largest) {
        String best = null;
        double bestValue = Double.NaN;
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            double value = entry.getValue();
            boolean better = largest ? value > bestValue : value < bestValue;
            if (best == null || better) {
                best = entry.getKey();
                bestValue = value;
            }
        }
        return best;
    }
}
