package io.mtlbalance.experiments.runner;

import io.mtlbalance.core.training.CheckpointStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Keeps a trial's checkpoint in {@code checkpoint.bin} in its folder, replaced atomically. */
final class FileCheckpointStore implements CheckpointStore {

    /** The checkpoint's file name inside a trial folder. */
    static final String FILE = "checkpoint.bin";

    private final Path file;

    FileCheckpointStore(Path trialDirectory) {
        this.file = trialDirectory.resolve(FILE);
    }

    @Override
    public Optional<byte[]> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] checkpoint) {
        AtomicFiles.write(file, checkpoint);
    }
}
