package io.mtlbalance.core.training;

import java.util.Optional;

/**
 * Where a trial's checkpoint lives. The trainer serializes the checkpoint itself; a store only
 * keeps the latest bytes, and must replace them atomically so a crash never leaves half a
 * checkpoint.
 */
public interface CheckpointStore {

    /** Returns the latest checkpoint, or empty when the trial has none. */
    Optional<byte[]> read();

    /** Replaces the latest checkpoint with {@code checkpoint}. */
    void write(byte[] checkpoint);

    /** A store that keeps nothing: every trial starts from step 0. */
    CheckpointStore NONE = new CheckpointStore() {
        @Override
        public Optional<byte[]> read() {
            return Optional.empty();
        }

        @Override
        public void write(byte[] checkpoint) {}
    };
}
