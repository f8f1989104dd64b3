package io.mtlbalance.core.training;

import ai.djl.ndarray.NDManager;
import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.model.MultitaskModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Trains one multitask model with one balancing strategy: Adam on the network, the strategy's
 * weights each step, and an evaluation on the test split before training, every
 * {@link TrainerConfig#evaluationInterval()} steps and after the last step.
 *
 * <p>Each step runs on its own sub-manager that is closed afterwards, so native memory stays
 * flat however many steps run. Results reach the caller through a {@link TrainingListener}.
 * With a {@link CheckpointStore}, the trainer saves a checkpoint every
 * {@link TrainerConfig#checkpointInterval()} steps and after the last one, and a trial whose
 * store holds a checkpoint continues from it with the same results as an uninterrupted run.
 */
public final class MultitaskTrainer {

    private final EngineAdapter engine;
    private final TrainerConfig config;

    /** Creates a trainer that runs on {@code engine} with {@code config}. */
    public MultitaskTrainer(EngineAdapter engine, TrainerConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** Trains without checkpoints; see {@link #train(MultitaskModel, MultitaskDataset, BalancingStrategy, TrainingListener, CheckpointStore)}. */
    public void train(
            MultitaskModel model, MultitaskDataset dataset, BalancingStrategy strategy, TrainingListener listener) {
        train(model, dataset, strategy, listener, CheckpointStore.NONE);
    }

    /**
     * Trains {@code model} on {@code dataset}, from freshly initialized parameters or from the
     * checkpoint in {@code checkpoints}.
     *
     * @param model an uninitialized model with one head per task of {@code dataset}
     * @param dataset the training and test data
     * @param strategy a fresh strategy for this trial
     * @param listener receives every step and evaluation record
     * @param checkpoints where checkpoints are read from and saved to
     * @throws DivergenceException when a loss, weight or gradient norm stops being finite
     * @throws UncheckedIOException when the stored checkpoint does not belong to this trial
     */
    public void train(MultitaskModel model, MultitaskDataset dataset, BalancingStrategy strategy,
            TrainingListener listener, CheckpointStore checkpoints) {
        engine.seed(config.seed());
        try (TrainingSession session =
                new TrainingSession(engine.newManager(), model, dataset.exampleShape(), config.learningRate())) {
            BalancedStep step = new BalancedStep(model, dataset.tasks(), strategy, config.probeMode());
            Evaluator evaluator = new Evaluator(model, dataset, config.evaluationBatchSize());
            BatchSampler sampler = new BatchSampler(config.seed(), dataset.size(Split.TRAIN), config.batchSize());
            long firstStep = restore(checkpoints.read(), session, strategy, evaluator);
            sampler.skip(firstStep);

            listener.onTrialStart(firstStep, config.steps());
            if (isEvaluationStep(firstStep)) {
                listener.onEvaluation(evaluator.evaluate(session.manager(), session.store(), firstStep));
            }
            for (long index = firstStep; index < config.steps(); index++) {
                listener.onStep(trainOneStep(session, step, dataset, sampler.next(), model, index));
                long done = index + 1;
                if (isEvaluationStep(done)) {
                    listener.onEvaluation(evaluator.evaluate(session.manager(), session.store(), done));
                }
                if (done % config.checkpointInterval() == 0 && done < config.steps()) {
                    listener.onCheckpoint(done);
                    checkpoints.write(TrialCheckpoint.write(done, session, strategy, evaluator.initialLosses()));
                }
            }
            listener.onTrialEnd();
            checkpoints.write(TrialCheckpoint.write(config.steps(), session, strategy, evaluator.initialLosses()));
        }
    }

    /** Evaluations happen before training, every interval and after the last step. */
    private boolean isEvaluationStep(long done) {
        return done == 0 || done % config.evaluationInterval() == 0 || done == config.steps();
    }

    private static long restore(
            Optional<byte[]> checkpoint, TrainingSession session, BalancingStrategy strategy, Evaluator evaluator) {
        if (checkpoint.isEmpty()) {
            return 0;
        }
        try {
            return TrialCheckpoint.read(checkpoint.get(), session, strategy, evaluator);
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint cannot be restored: " + e.getMessage()
                    + "; delete it to restart the trial from step 0", e);
        }
    }

    private StepRecord trainOneStep(
            TrainingSession session, BalancedStep step, MultitaskDataset dataset, int[] indices,
            MultitaskModel model, long index) {
        try (NDManager stepManager = session.manager().newSubManager()) {
            engine.zeroGradients(TrainingSession.arrays(model));
            MultitaskBatch batch = dataset.batch(stepManager, Split.TRAIN, indices);
            StepRecord record = step.run(session.store(), batch, index);
            session.update();
            return record;
        }
    }
}
