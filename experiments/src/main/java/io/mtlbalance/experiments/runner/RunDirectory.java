package io.mtlbalance.experiments.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run directory on disk: its settings, tasks and trial folders. It refuses to mix runs: a
 * directory that already holds a run with other settings is rejected before anything is
 * written.
 */
final class RunDirectory {

    /** Settings that may differ between a run and its rerun: new trials can be added. */
    private static final Set<String> MAY_CHANGE =
            Set.of("created", "strategies", "seeds", "engine.description", "dataset.source");

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
            throw new IllegalArgumentException("output directory " + root + " holds a run of experiment '"
                    + existing.get("experiment") + "', not '" + settings.get("experiment")
                    + "'; choose another --out folder or delete that one");
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            if (!MAY_CHANGE.contains(key) && !setting.getValue().equals(existing.get(key))) {
                throw new IllegalArgumentException("output directory " + root + " holds a run with " + key + "="
                        + existing.get(key) + ", but this run has " + key + "=" + setting.getValue()
                        + "; rerun with the same settings to resume, or choose another --out folder");
            }
        }
    }

    /**
     * Writes {@code run.properties} and {@code tasks.csv}. Strategies and seeds of an earlier run
     * on this directory are kept in the lists, so its trials stay in the report.
     */
    void writeSettings(Map<String, String> settings, String tasksCsv) {
        Map<String, String> merged = new LinkedHashMap<>(settings);
        Map<String, String> existing = PropertiesFile.read(root.resolve(RunLayout.RUN_PROPERTIES));
        merged.put("strategies", union(existing.get("strategies"), settings.get("strategies")));
        merged.put("seeds", union(existing.get("seeds"), settings.get("seeds")));
        PropertiesFile.write(root.resolve(RunLayout.RUN_PROPERTIES), merged);
        AtomicFiles.write(root.resolve(RunLayout.TASKS), tasksCsv);
    }

    /**
     * Returns the status an earlier run left for {@code trial}: {@code finished}, {@code diverged},
     * {@code running} (stopped before the end), or an empty string when it never started.
     */
    String status(String trial) {
        Map<String, String> status = PropertiesFile.read(trial(trial).resolve(RunLayout.TRIAL_PROPERTIES));
        String value = status.getOrDefault("status", "");
        if (value.equals("finished") && !Files.exists(trial(trial).resolve(RunLayout.FINAL))) {
            return "running";
        }
        return value;
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
        if (earlier == null || earlier.isBlank()) {
            return current;
        }
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(List.of(earlier.split(",")));
        names.addAll(List.of(current.split(",")));
        return String.join(",", names);
    }
}
