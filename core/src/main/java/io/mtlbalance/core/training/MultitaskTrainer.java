package io.mtlbalance.core.training;

import ai.djl.ndarray.NDManager;
import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.core.engine.EngineAdapter;
import io.mtlbalance.core.model.MultitaskModel;

/**
 * Trains one multitask model with one balancing strategy: Adam on the network, the strategy's
 * weights each step, and an evaluation on the test split before training, every
 * {@link TrainerConfig#evaluationInterval()} steps and after the last step.
 *
 * <p>Each step runs on its own sub-manager that is closed afterwards, so native memory stays
 * flat however many steps run. Results reach the caller through a {@link TrainingListener}.
 */
public final class MultitaskTrainer {

    private final EngineAdapter engine;
    private final TrainerConfig config;

    /** Creates a trainer that runs on {@code engine} with {@code config}. */
    public MultitaskTrainer(EngineAdapter engine, TrainerConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /**
     * Trains {@code model} on {@code dataset} from freshly initialized parameters.
     *
     * @param model an uninitialized model with one head per task of {@code dataset}
     * @param dataset the training and test data
     * @param strategy a fresh strategy for this trial
     * @param listener receives every step and evaluation record
     * @throws DivergenceException when a loss, weight or gradient norm stops being finite
     */
    public void train(
            MultitaskModel model, MultitaskDataset dataset, BalancingStrategy strategy, TrainingListener listener) {
        engine.seed(config.seed());
        try (TrainingSession session =
                new TrainingSession(engine.newManager(), model, dataset.exampleShape(), config.learningRate())) {
            BalancedStep step = new BalancedStep(model, dataset.tasks(), strategy, config.probeMode());
            Evaluator evaluator = new Evaluator(model, dataset, config.evaluationBatchSize());
            BatchSampler sampler = new BatchSampler(config.seed(), dataset.size(Split.TRAIN), config.batchSize());

            listener.onTrialStart(config.steps());
            listener.onEvaluation(evaluator.evaluate(session.manager(), session.store(), 0));
            for (int index = 0; index < config.steps(); index++) {
                listener.onStep(trainOneStep(session, step, dataset, sampler.next(), model, index));
                if ((index + 1) % config.evaluationInterval() == 0 || index + 1 == config.steps()) {
                    listener.onEvaluation(evaluator.evaluate(session.manager(), session.store(), index + 1));
                }
            }
            listener.onTrialEnd();
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
