package io.mtlbalance.experiments.runner;

import io.mtlbalance.experiments.trial.EarlierTrials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A run directory on disk: its settings, tasks and trial folders. It refuses to mix runs: a
 * directory that already holds a run with other settings is rejected before anything is
 * written.
 */
final class RunDirectory implements EarlierTrials {

    /** Settings whose lists a rerun may extend with new trials; the file keeps the union. */
    private static final List<String> UNION_KEYS =
            List.of("strategies", "seeds", "protocols", "protocol.seeds", "alpha.values");

    /**
     * Settings that may differ between a run and its rerun. A larger {@code grid.trials} only adds
     * trials, because a grid trial's weights depend on the grid seed and its index alone.
     */
    private static final Set<String> MAY_CHANGE = Set.of(
            "created", "engine.description", "dataset.source", "grid.trials",
            "strategies", "seeds", "protocols", "protocol.seeds", "alpha.values");

    private final Path root;

    private RunDirectory(Path root) {
        this.root = root;
    }

    /**
     * Opens {@code root} for a run with {@code settings}.
     *
     * @throws IllegalArgumentException if {@code root} is a file, or holds a run whose settings
     *     differ, naming the first differing setting
     */
    static RunDirectory open(Path root, Map<String, String> settings) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IllegalArgumentException("output " + root + " is a file; --out must name a folder");
        }
        Map<String, String> existing = PropertiesFile.read(root.resolve(RunLayout.RUN_PROPERTIES));
        if (!existing.isEmpty()) {
            checkSameRun(root, existing, settings);
        }
        return new RunDirectory(root);
    }

    private static void checkSameRun(Path root, Map<String, String> existing, Map<String, String> settings) {
        if (!existing.getOrDefault("experiment", "").equals(settings.get("experiment"))) {
            throw new IllegalArgumentException("output directory " + root + " contains a run of experiment '"
                    + existing.get("experiment") + "', not '" + settings.get("experiment")
                    + "'; choose another --out folder or delete that one");
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            if (!MAY_CHANGE.contains(key) && !setting.getValue().equals(existing.get(key))) {
                throw new IllegalArgumentException("output directory " + root + " contains a run with " + key + "="
                        + existing.get(key) + ", but this run has " + key + "=" + setting.getValue()
                        + "; rerun with the same settings to resume, or choose another --out folder");
            }
        }
    }

    /**
     * Writes {@code run.properties} and {@code tasks.csv}. The strategies, seeds, protocols,
     * protocol seeds and α values of an earlier run on this directory are kept in the lists, and
     * the larger grid size is kept, so the earlier run's trials stay in the report.
     */
    void writeSettings(Map<String, String> settings, String tasksCsv) {
        Map<String, String> merged = new LinkedHashMap<>(settings);
        Map<String, String> existing = PropertiesFile.read(root.resolve(RunLayout.RUN_PROPERTIES));
        for (String key : UNION_KEYS) {
            merged.put(key, union(existing.get(key), settings.get(key)));
        }
        if (existing.containsKey("grid.trials")) {
            int earlier = Integer.parseInt(existing.get("grid.trials"));
            merged.put("grid.trials", String.valueOf(Math.max(earlier, Integer.parseInt(settings.get("grid.trials")))));
        }
        PropertiesFile.write(root.resolve(RunLayout.RUN_PROPERTIES), merged);
        AtomicFiles.write(root.resolve(RunLayout.TASKS), tasksCsv);
    }

    /**
     * Returns the status an earlier run left for {@code trial}: {@code finished}, {@code diverged},
     * {@code running} (stopped before the end), or an empty string when it never started.
     */
    @Override
    public String status(String trial) {
        Map<String, String> status = PropertiesFile.read(trial(trial).resolve(RunLayout.TRIAL_PROPERTIES));
        String value = status.getOrDefault("status", "");
        if (value.equals("finished") && !Files.exists(trial(trial).resolve(RunLayout.FINAL))) {
            return "running";
        }
        return value;
    }

    @Override
    public Optional<Path> finishedFolder(String trial) {
        return status(trial).equals("finished") ? Optional.of(trial(trial)) : Optional.empty();
    }

    /** Returns the folder of {@code trial}. */
    Path trial(String trial) {
        return RunLayout.trialDirectory(root, trial);
    }

    /** Writes the status file of {@code trial}. */
    void writeTrialStatus(String trial, Map<String, String> details, String status) {
        Map<String, String> values = new LinkedHashMap<>(details);
        values.put("status", status);
        PropertiesFile.write(trial(trial).resolve(RunLayout.TRIAL_PROPERTIES), values);
    }

    private static String union(String earlier, String current) {
        Set<String> names = new LinkedHashSet<>();
        for (String list : new String[] {earlier, current}) {
            if (list != null && !list.isBlank()) {
                names.addAll(List.of(list.split(",")));
            }
        }
        return String.join(",", names);
    }
}
