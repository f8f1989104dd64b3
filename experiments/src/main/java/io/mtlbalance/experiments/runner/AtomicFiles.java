package io.mtlbalance.experiments.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader, or a process killed mid-write, sees either the old complete
 * file or the new complete file: the content goes to a temporary file in the same folder,
 * which is then renamed over the target.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Replaces {@code target} with {@code content} in UTF-8, creating parent folders.
     *
     * @throws UncheckedIOException naming the file when the write fails
     */
    public static void write(Path target, CharSequence content) {
        write(target, content.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code bytes}, creating parent folders. */
    public static void write(Path target, byte[] bytes) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            Files.write(temporary, bytes);
            move(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The write already failed; a leftover hidden temporary file does not change that.
        }
    }
}
