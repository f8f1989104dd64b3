package io.mtlbalance.reports.protocols;

import io.mtlbalance.reports.protocols.StaticWeightComparison.Outcome;
import io.mtlbalance.reports.records.Protocol;
import io.mtlbalance.reports.records.RunRecords;
import io.mtlbalance.reports.records.StrategyNames;
import io.mtlbalance.reports.records.TaskMetric;
import io.mtlbalance.reports.records.Trial;
import io.mtlbalance.reports.records.TrialStatus;
import io.mtlbalance.reports.stats.NumberText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The grid search of random static weightings (section 5.3 of the GradNorm paper) and the
 * gradnorm-static trials, each compared with the {@code gradnorm} trial of the same seed on final
 * primary test metrics. See {@link StaticWeightComparison} for the quantities. Immutable.
 */
public final class GridSearchAnalysis {

    private final List<TaskMetric> primaryMetrics;
    private final List<StaticWeightComparison> gridTrials;
    private final List<StaticWeightComparison> gradNormStaticTrials;

    private GridSearchAnalysis(List<TaskMetric> primaryMetrics, List<StaticWeightComparison> gridTrials,
            List<StaticWeightComparison> gradNormStaticTrials) {
        this.primaryMetrics = List.copyOf(primaryMetrics);
        this.gridTrials = List.copyOf(gridTrials);
        this.gradNormStaticTrials = List.copyOf(gradNormStaticTrials);
    }

    /** Compares every grid-search and gradnorm-static trial of {@code records} with GradNorm. */
    public static GridSearchAnalysis of(RunRecords records) {
        PrimaryMetrics primaries = PrimaryMetrics.of(records);
        List<StaticWeightComparison> grid = records.trialsOf(Protocol.GRID_SEARCH).stream()
                .map(trial -> compare(records, trial, primaries))
                .toList();
        List<StaticWeightComparison> gradNormStatic = records.trialsOf(Protocol.GRADNORM_STATIC).stream()
                .map(trial -> compare(records, trial, primaries))
                .toList();
        return new GridSearchAnalysis(primaries.metrics(), grid, gradNormStatic);
    }

    private static StaticWeightComparison compare(RunRecords records, Trial trial, PrimaryMetrics primaries) {
        Optional<Trial> gradNorm = records.trials().stream()
                .filter(t -> t.strategy().equals(StrategyNames.GRADNORM) && t.seed() == trial.seed())
                .findFirst();
        Optional<double[]> average = gradNorm.filter(Trial::isFinished)
                .flatMap(gn -> TimeAveragedWeights.of(records, gn));
        OptionalDouble distance = average.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(TimeAveragedWeights.distance(trial.protocol().staticWeightArray(), average.get()));
        List<Double> averageList = average.map(a -> Arrays.stream(a).boxed().toList()).orElse(List.of());

        Decision decision = decide(records, trial, gradNorm, primaries);
        return new StaticWeightComparison(trial, gradNorm, averageList, distance, decision.relativePerformance(),
                decision.outcome(), decision.note());
    }

    /** The outcome of one comparison, before the weights are attached. */
    private record Decision(Outcome outcome, OptionalDouble relativePerformance, Optional<String> note) {

        static Decision missing(String note) {
            return new Decision(Outcome.NOT_COMPARED, OptionalDouble.empty(), Optional.of(note));
        }
    }

    private static Decision decide(RunRecords records, Trial trial, Optional<Trial> gradNorm, PrimaryMetrics primaries) {
        if (gradNorm.isEmpty()) {
            return Decision.missing("the run has no " + StrategyNames.GRADNORM + " trial with seed " + trial.seed());
        }
        Trial reference = gradNorm.get();
        if (trial.status() == TrialStatus.RUNNING || reference.status() == TrialStatus.RUNNING) {
            String running = trial.status() == TrialStatus.RUNNING ? trial.id() : reference.id();
            return Decision.missing(running + " is still running");
        }
        if (!trial.isFinished() && !reference.isFinished()) {
            return Decision.missing("both " + trial.id() + " and " + reference.id() + " diverged");
        }
        if (!reference.isFinished()) {
            return new Decision(Outcome.GRADNORM_DIVERGED, OptionalDouble.empty(),
                    Optional.of(reference.id() + " diverged while this trial finished"));
        }
        if (!trial.isFinished()) {
            return new Decision(Outcome.TRIAL_DIVERGED, OptionalDouble.empty(),
                    Optional.of("this trial diverged while " + reference.id() + " finished"));
        }
        return compareFinished(records, trial, reference, primaries);
    }

    private static Decision compareFinished(RunRecords records, Trial trial, Trial reference, PrimaryMetrics primaries) {
        if (!primaries.complete()) {
            return Decision.missing(primaries.missingReason());
        }
        Optional<double[]> values = FinalValues.of(records, trial, primaries.metrics());
        Optional<double[]> referenceValues = FinalValues.of(records, reference, primaries.metrics());
        if (values.isEmpty() || referenceValues.isEmpty()) {
            String lacking = values.isEmpty() ? trial.id() : reference.id();
            return Decision.missing("final.csv of " + lacking + " lacks a primary metric");
        }
        for (int t = 0; t < primaries.metrics().size(); t++) {
            if (referenceValues.get()[t] == 0) {
                TaskMetric metric = primaries.metrics().get(t);
                return Decision.missing("GradNorm's final " + metric.task() + " " + metric.metric() + " is "
                        + NumberText.fourSignificantDigits(0) + ", so its relative change is undefined");
            }
        }

        double relative = primaries.relativePerformance(values.get(), referenceValues.get());
        Outcome outcome = relative > 0 ? Outcome.BEATS_GRADNORM : Outcome.GRADNORM_BEATS_OR_MATCHES;
        return new Decision(outcome, OptionalDouble.of(relative), Optional.empty());
    }

    /** Returns the primary metrics the relative performance averages over, one per task that has one. */
    public List<TaskMetric> primaryMetrics() {
        return primaryMetrics;
    }

    /** Returns one comparison per grid-search trial, ordered by grid index, then seed. */
    public List<StaticWeightComparison> gridTrials() {
        return gridTrials;
    }

    /** Returns one comparison per gradnorm-static trial, ordered by seed. */
    public List<StaticWeightComparison> gradNormStaticTrials() {
        return gradNormStaticTrials;
    }

    /** Returns whether the run has neither grid-search nor gradnorm-static trials. */
    public boolean isEmpty() {
        return gridTrials.isEmpty() && gradNormStaticTrials.isEmpty();
    }

    /** Returns the number of grid-search trials with {@code outcome}. */
    public int countGridTrials(Outcome outcome) {
        return (int) gridTrials.stream().filter(c -> c.outcome() == outcome).count();
    }
}
