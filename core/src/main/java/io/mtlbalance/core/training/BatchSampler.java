package io.mtlbalance.core.training;

import java.util.Random;

/**
 * Draws training batches as successive slices of a seeded random permutation of the training
 * split, reshuffling at each epoch boundary. The sequence depends only on the seed and the
 * split size, so a trial that restarts at step s can skip ahead to the same batches.
 */
final class BatchSampler {

    private final Random random;
    private final int[] order;
    private final int batchSize;
    private int position;

    BatchSampler(long seed, int size, int batchSize) {
        this.random = new Random(seed);
        this.order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        this.batchSize = batchSize;
        shuffle();
    }

    /** Draws and drops {@code count} batches, to continue a trial restored after that many steps. */
    void skip(long count) {
        for (long i = 0; i < count; i++) {
            next();
        }
    }

    /** Returns the indices of the next batch; a batch may span two epochs. */
    int[] next() {
        int[] batch = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            if (position == order.length) {
                shuffle();
            }
            batch[i] = order[position++];
        }
        return batch;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        position = 0;
    }
}
