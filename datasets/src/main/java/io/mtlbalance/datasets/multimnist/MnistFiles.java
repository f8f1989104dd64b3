package io.mtlbalance.datasets.multimnist;

import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.idx.IdxSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The four IDX files of an MNIST-style dataset in one folder, under their standard names, each
 * either gzip-compressed ({@code .gz}, preferred when both exist) or plain.
 *
 * @param folder the folder that contains them
 * @param trainImages the training images
 * @param trainLabels the training labels
 * @param testImages the test images
 * @param testLabels the test labels
 */
public record MnistFiles(Path folder, IdxSource trainImages, IdxSource trainLabels, IdxSource testImages,
        IdxSource testLabels) {

    /** The standard file names without the {@code .gz} suffix, in the order of the record components. */
    public static final List<String> BASE_NAMES = List.of(
            "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    private static final int LISTED_ENTRIES = 20;

    /** Validates that no component is null. */
    public MnistFiles {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(trainImages, "trainImages");
        Objects.requireNonNull(trainLabels, "trainLabels");
        Objects.requireNonNull(testImages, "testImages");
        Objects.requireNonNull(testLabels, "testLabels");
    }

    /**
     * Finds the four files in {@code folder}. Nothing is read yet.
     *
     * @throws DatasetFileException if the folder does not exist, is not a folder, or is missing a
     *     file. The message names the folder and every missing file, and lists what it contains
     */
    public static MnistFiles locate(Path folder) {
        requireFolder(folder);
        List<String> missing = missingFiles(folder);
        if (!missing.isEmpty()) {
            throw new DatasetFileException(folder.toString(), "data directory " + folder + " is missing "
                    + missing.stream().map(name -> name + ".gz (or " + name + ")").collect(Collectors.joining(", "))
                    + "; expected the four IDX files " + String.join(", ", BASE_NAMES)
                    + ", each plain or gzip-compressed with a .gz suffix. It contains: " + listing(folder) + ".");
        }
        return new MnistFiles(folder, find(folder, 0), find(folder, 1), find(folder, 2), find(folder, 3));
    }

    /**
     * Returns the base names of the files missing from {@code folder}, in the order of
     * {@link #BASE_NAMES}; all four when the folder does not exist.
     */
    public static List<String> missingFiles(Path folder) {
        List<String> missing = new ArrayList<>();
        for (String name : BASE_NAMES) {
            if (existing(folder, name).isEmpty()) {
                missing.add(name);
            }
        }
        return missing;
    }

    private static void requireFolder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.exists(folder)) {
            throw new DatasetFileException(folder.toString(), "data directory " + folder
                    + " not found; expected a folder containing the four IDX files " + String.join(", ", BASE_NAMES)
                    + " (plain or .gz). Check the path.");
        }
        if (!Files.isDirectory(folder)) {
            throw new DatasetFileException(folder.toString(), "data directory " + folder
                    + " is a file; expected a folder containing the four IDX files. Give the folder that contains it.");
        }
    }

    private static IdxSource find(Path folder, int index) {
        return IdxSource.file(existing(folder, BASE_NAMES.get(index)).orElseThrow());
    }

    private static Optional<Path> existing(Path folder, String baseName) {
        Path compressed = folder.resolve(baseName + ".gz");
        if (Files.exists(compressed)) {
            return Optional.of(compressed);
        }
        Path plain = folder.resolve(baseName);
        return Files.exists(plain) ? Optional.of(plain) : Optional.empty();
    }

    private static String listing(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.map(entry -> entry.getFileName().toString()).sorted().collect(Collectors.toList());
            if (names.isEmpty()) {
                return "nothing";
            }
            String listed = String.join(", ", names.subList(0, Math.min(names.size(), LISTED_ENTRIES)));
            return names.size() > LISTED_ENTRIES ? listed + " and " + (names.size() - LISTED_ENTRIES) + " more" : listed;
        } catch (IOException e) {
            return "(cannot be listed: " + e.getMessage() + ")";
        }
    }
}
