package io.mtlbalance.reports.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The records of one run directory, loaded into Tablesaw tables.
 *
 * <p>A run directory contains {@code run.properties}, {@code tasks.csv} and one folder per trial
 * under {@code trials/}, each with {@code trial.properties}, {@code steps.csv},
 * {@code evaluations.csv} and {@code final.csv}. The step, evaluation and final tables hold the
 * rows of every trial, whatever its status; use {@link #finishedTrialIds()} to keep finished ones.
 * Instances are immutable apart from the Tablesaw tables, which callers must not modify.
 */
public final class RunRecords {

    /** The name of the run's settings file. */
    public static final String RUN_PROPERTIES = "run.properties";
    /** The name of the run's task list. */
    public static final String TASKS_FILE = "tasks.csv";
    /** The name of the folder holding one folder per trial. */
    public static final String TRIALS_FOLDER = "trials";
    /** The name of a trial's settings and status file. */
    public static final String TRIAL_PROPERTIES = "trial.properties";

    private static final Logger LOG = LoggerFactory.getLogger(RunRecords.class);

    private final Path directory;
    private final RunSettings settings;
    private final List<TaskMetric> taskMetrics;
    private final List<Trial> trials;
    private final Table steps;
    private final Table evaluations;
    private final Table finals;

    private RunRecords(Path directory, RunSettings settings, List<TaskMetric> taskMetrics, List<Trial> trials,
            Table steps, Table evaluations, Table finals) {
        this.directory = directory;
        this.settings = settings;
        this.taskMetrics = List.copyOf(taskMetrics);
        this.trials = List.copyOf(trials);
        this.steps = steps;
        this.evaluations = evaluations;
        this.finals = finals;
    }

    /**
     * Loads every record of a run directory.
     *
     * @param runDirectory a directory containing run.properties, never null
     * @return the loaded records; trials are sorted as {@link #trials()} describes
     * @throws InvalidRunRecordsException when a required file is missing or malformed; the message
     *     names the file and, where it applies, the column or key and the bad value
     * @throws IOException when a file exists but cannot be read
     */
    public static RunRecords load(Path runDirectory) throws IOException {
        RunSettings settings = RunSettings.read(runDirectory.resolve(RUN_PROPERTIES), runDirectory);
        List<TaskMetric> taskMetrics = TaskListReader.read(runDirectory.resolve(TASKS_FILE));
        List<String> taskNames = taskNamesOf(taskMetrics);
        List<TrialLoader> loaders = openTrials(runDirectory.resolve(TRIALS_FOLDER), settings.strategies(), taskNames);

        Table steps = RecordCsvReader.emptyTable("steps", RecordSchemas.STEPS);
        Table evaluations = RecordCsvReader.emptyTable("evaluations", RecordSchemas.EVALUATIONS);
        Table finals = RecordCsvReader.emptyTable("finals", RecordSchemas.FINALS);
        List<Trial> trials = new ArrayList<>();
        for (TrialLoader loader : loaders) {
            trials.add(loader.trial());
            loader.steps().ifPresent(steps::append);
            loader.evaluations().ifPresent(evaluations::append);
            loader.finals().ifPresent(finals::append);
        }

        LOG.debug("Loaded run {}: {} trials, {} step rows", runDirectory, trials.size(), steps.rowCount());
        return new RunRecords(runDirectory, settings, taskMetrics, trials, steps, evaluations, finals);
    }

    private static List<TrialLoader> openTrials(Path trialsFolder, List<String> strategyOrder, List<String> taskNames)
            throws IOException {
        if (!Files.isDirectory(trialsFolder)) {
            throw new InvalidRunRecordsException(trialsFolder, "Folder " + trialsFolder + " is missing. "
                    + "A run directory needs a trials folder with one folder per trial; run the experiment first.");
        }

        List<TrialLoader> loaders = new ArrayList<>();
        try (Stream<Path> children = Files.list(trialsFolder)) {
            for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(folder.resolve(TRIAL_PROPERTIES))) {
                    loaders.add(TrialLoader.open(folder, taskNames));
                } else {
                    LOG.warn("Skipping {}: it contains no {}", folder, TRIAL_PROPERTIES);
                }
            }
        }
        loaders.sort(Comparator.comparing((TrialLoader loader) -> strategyRank(loader.trial(), strategyOrder))
                .thenComparing(loader -> loader.trial().strategy())
                .thenComparingDouble(loader -> protocolRank(loader.trial().protocol(), taskNames))
                .thenComparingLong(loader -> loader.trial().seed()));
        return loaders;
    }

    /** Ranks the strategies of the run setting first, then other compared strategies, then protocol trials. */
    private static int strategyRank(Trial trial, List<String> strategyOrder) {
        if (!trial.isStrategyComparison()) {
            return strategyOrder.size() + 1;
        }
        int rank = strategyOrder.indexOf(trial.strategy());
        return rank < 0 ? strategyOrder.size() : rank;
    }

    /** Orders protocol trials of one kind by task-list position, grid index or alpha. */
    private static double protocolRank(TrialProtocol protocol, List<String> taskNames) {
        if (protocol.singleTask().isPresent()) {
            return taskNames.indexOf(protocol.singleTask().get());
        }
        if (protocol.gridIndex().isPresent()) {
            return protocol.gridIndex().getAsInt();
        }
        return protocol.alpha().orElse(0);
    }

    private static List<String> taskNamesOf(List<TaskMetric> taskMetrics) {
        Set<String> names = new LinkedHashSet<>();
        taskMetrics.forEach(metric -> names.add(metric.task()));
        return List.copyOf(names);
    }

    /** Returns the run directory the records were loaded from. */
    public Path directory() {
        return directory;
    }

    /** Returns the experiment name from run.properties, or the directory name when the key is absent. */
    public String experiment() {
        return settings.experiment();
    }

    /**
     * Returns every key of run.properties: the keys the runner always writes first, in a fixed
     * order, then the others sorted by name.
     */
    public Map<String, String> settings() {
        return settings.values();
    }

    /** Returns the settings as a table with the string columns {@code key} and {@code value}. */
    public Table settingsTable() {
        return settings.toTable();
    }

    /** Returns the rows of tasks.csv in file order. */
    public List<TaskMetric> taskMetrics() {
        return taskMetrics;
    }

    /** Returns tasks.csv as a table with the columns task, metric, direction and primary. */
    public Table tasksTable() {
        return TaskListReader.toTable(taskMetrics);
    }

    /** Returns the task names in the order they first appear in tasks.csv. */
    public List<String> taskNames() {
        return taskNamesOf(taskMetrics);
    }

    /** Returns the primary metric of {@code task}, or empty when tasks.csv marks none. */
    public Optional<TaskMetric> primaryMetric(String task) {
        return taskMetrics.stream().filter(m -> m.task().equals(task) && m.primary()).findFirst();
    }

    /**
     * Returns the strategies of the strategy comparison: those of the {@code strategies} setting
     * in its order, then any other strategy that has a comparison trial (such as
     * {@code gradnorm-static}), in trial order. Single-task, grid-search and alpha-sweep trials
     * are not strategies of the comparison; see {@link #trialsOf(Protocol)}.
     */
    public List<String> strategies() {
        Set<String> names = new LinkedHashSet<>(settings.strategies());
        trials.stream().filter(Trial::isStrategyComparison).forEach(trial -> names.add(trial.strategy()));
        return List.copyOf(names);
    }

    /**
     * Returns every trial: the strategies in {@link #strategies()} order, then protocol trials;
     * within a strategy or protocol, by task, grid index or alpha, then by seed.
     */
    public List<Trial> trials() {
        return trials;
    }

    /** Returns the trials of one protocol, whatever their status, in {@link #trials()} order. */
    public List<Trial> trialsOf(Protocol protocol) {
        return trials.stream().filter(trial -> trial.protocol().kind() == protocol).toList();
    }

    /**
     * Returns the trials as a table with the columns trial, strategy, seed, engine, status,
     * diverged.step, diverged.task, diverged.quantity and diverged.value; the diverged columns
     * are missing values for trials that did not diverge.
     */
    public Table trialsTable() {
        return TrialTables.toTable(trials);
    }

    /** Returns the ids of the finished trials. */
    public Set<String> finishedTrialIds() {
        Set<String> ids = new LinkedHashSet<>();
        trials.stream().filter(Trial::isFinished).forEach(trial -> ids.add(trial.id()));
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Returns the rows of every steps.csv: trial, strategy, seed, step, task, loss, weight and
     * grad_norm (NaN when not measured).
     */
    public Table steps() {
        return steps;
    }

    /** Returns the rows of every evaluations.csv: trial, strategy, seed, step, task, metric, value. */
    public Table evaluations() {
        return evaluations;
    }

    /** Returns the rows of every final.csv: trial, strategy, seed, task, metric, value. */
    public Table finals() {
        return finals;
    }

    /** The parsed run.properties. */
    record RunSettings(String experiment, Map<String, String> values, List<String> strategies) {

        private static final List<String> LEADING_KEYS = List.of(
                "experiment", "engine", "engine.description", "dataset", "dataset.source", "strategies", "seeds",
                "steps", "batch.size", "learning.rate", "evaluation.interval", "strategy.options", "profile",
                "created", "data.seed");

        static RunSettings read(Path file, Path runDirectory) throws IOException {
            Properties properties = PropertiesFiles.read(file);
            Map<String, String> ordered = new LinkedHashMap<>();
            LEADING_KEYS.stream().filter(properties::containsKey)
                    .forEach(key -> ordered.put(key, properties.getProperty(key)));
            properties.stringPropertyNames().stream().sorted()
                    .forEach(key -> ordered.putIfAbsent(key, properties.getProperty(key)));

            Path name = runDirectory.toAbsolutePath().normalize().getFileName();
            String experiment = ordered.getOrDefault("experiment", name == null ? "run" : name.toString());
            List<String> strategies = splitList(ordered.getOrDefault("strategies", ""));
            return new RunSettings(experiment, Collections.unmodifiableMap(ordered), strategies);
        }

        private static List<String> splitList(String value) {
            return Stream.of(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        Table toTable() {
            StringColumn keys = StringColumn.create("key", values.keySet());
            StringColumn texts = StringColumn.create("value", values.values());
            return Table.create("settings", keys, texts);
        }
    }
}
