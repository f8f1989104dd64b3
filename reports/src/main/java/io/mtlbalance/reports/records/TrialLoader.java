package io.mtlbalance.reports.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import tech.tablesaw.api.Table;

/** Reads one trial folder: trial.properties and, when present, its three record CSVs. */
final class TrialLoader {

    static final String STEPS_FILE = "steps.csv";
    static final String EVALUATIONS_FILE = "evaluations.csv";
    static final String FINAL_FILE = "final.csv";

    private final Path folder;
    private final Trial trial;

    private TrialLoader(Path folder, Trial trial) {
        this.folder = folder;
        this.trial = trial;
    }

    /** Reads trial.properties of {@code folder}, checking protocol settings against the run's tasks. */
    static TrialLoader open(Path folder, List<String> taskNames) throws IOException {
        Path file = folder.resolve(RunRecords.TRIAL_PROPERTIES);
        Properties properties = PropertiesFiles.read(file);

        String id = PropertiesFiles.require(properties, "trial", file);
        String strategy = PropertiesFiles.require(properties, "strategy", file);
        long seed = PropertiesFiles.requireLong(properties, "seed", file);
        String engine = properties.getProperty("engine", "");
        TrialStatus status = TrialStatus.parse(PropertiesFiles.require(properties, "status", file), file);

        Optional<Divergence> divergence = Optional.empty();
        if (status == TrialStatus.DIVERGED) {
            divergence = Optional.of(new Divergence(
                    PropertiesFiles.requireLong(properties, "diverged.step", file),
                    PropertiesFiles.require(properties, "diverged.task", file),
                    PropertiesFiles.require(properties, "diverged.quantity", file),
                    PropertiesFiles.requireDouble(properties, "diverged.value", file)));
        }
        TrialProtocol protocol = TrialProtocolReader.read(properties, strategy, file, taskNames);
        return new TrialLoader(folder, new Trial(id, strategy, seed, engine, status, divergence, protocol));
    }

    Trial trial() {
        return trial;
    }

    Optional<Table> steps() throws IOException {
        return readRecords(STEPS_FILE, RecordSchemas.STEPS);
    }

    Optional<Table> evaluations() throws IOException {
        return readRecords(EVALUATIONS_FILE, RecordSchemas.EVALUATIONS);
    }

    Optional<Table> finals() throws IOException {
        return readRecords(FINAL_FILE, RecordSchemas.FINALS);
    }

    /**
     * Reads one record file. A finished trial must have all three files; a diverged or running
     * trial may lack them because it stopped before writing them.
     */
    private Optional<Table> readRecords(String name, List<RecordColumn> schema) throws IOException {
        Path file = folder.resolve(name);
        if (!trial.isFinished() && !Files.exists(file)) {
            return Optional.empty();
        }
        Table table = RecordCsvReader.read(file, schema);
        checkTrialColumn(table, file);
        return Optional.of(table);
    }

    private void checkTrialColumn(Table table, Path file) {
        for (String value : table.stringColumn("trial").unique().asList()) {
            if (!value.equals(trial.id())) {
                throw new InvalidRunRecordsException(file, "Column 'trial' of " + file + " contains '" + value
                        + "' but trial.properties names the trial '" + trial.id()
                        + "'. Each trial folder must contain only its own records; rerun the trial.");
            }
        }
    }
}
