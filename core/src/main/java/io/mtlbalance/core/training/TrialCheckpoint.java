package io.mtlbalance.core.training;

import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.StrategyState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The binary checkpoint of a trial: the number of steps taken, the network's parameters and
 * optimizer moments, the strategy's state and the test losses before training. The order of
 * training batches needs no saving: it is replayed from the seed.
 */
final class TrialCheckpoint {

    private static final int MAGIC = 0x4D544C42;
    private static final int VERSION = 1;

    private TrialCheckpoint() {}

    /** Serializes the state after {@code steps} steps. */
    static byte[] write(long steps, TrainingSession session, BalancingStrategy strategy, double[] initialTestLosses) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(steps);
            out.writeUTF(strategy.name());
            writeVector(out, initialTestLosses);
            writeStrategyState(out, strategy.saveState());
            session.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialize the checkpoint at step " + steps, e);
        }
        return bytes.toByteArray();
    }

    /**
     * Restores a checkpoint into {@code session}, {@code strategy} and {@code evaluator} and
     * returns the number of steps it had taken.
     *
     * @throws IOException if the bytes are not a checkpoint of this kind of trial
     */
    static long read(byte[] checkpoint, TrainingSession session, BalancingStrategy strategy, Evaluator evaluator)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(checkpoint))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not an mtlbalance checkpoint of version " + VERSION);
            }
            long steps = in.readLong();
            String savedStrategy = in.readUTF();
            if (!savedStrategy.equals(strategy.name())) {
                throw new IOException("checkpoint of strategy '" + savedStrategy + "', not '" + strategy.name() + "'");
            }
            evaluator.restoreInitialLosses(readVector(in));
            strategy.restoreState(readStrategyState(in));
            session.load(in);
            return steps;
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void writeStrategyState(DataOutputStream out, StrategyState state) throws IOException {
        out.writeInt(state.names().size());
        for (String name : state.names()) {
            out.writeUTF(name);
            writeVector(out, state.vector(name));
        }
    }

    private static StrategyState readStrategyState(DataInputStream in) throws IOException {
        int count = in.readInt();
        StrategyState.Builder state = StrategyState.builder();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            state.put(name, readVector(in));
        }
        return state.build();
    }

    private static void writeVector(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    private static double[] readVector(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("invalid vector length " + length);
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
