package io.mtlbalance.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import io.mtlbalance.core.data.MultitaskBatch;
import io.mtlbalance.core.model.MultitaskModel;
import io.mtlbalance.core.task.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The textbook computation tests compare with: per task, one full forward pass of the model as
 * a plain DJL block and one backward pass of {@code w_i L_i}, reading every parameter's
 * gradient. It shares no code with the trainer's step beyond the model and the loss.
 */
final class BruteForceReference {

    final double[] losses;
    final double[] sharedWeightNorms;
    /** Per task, the gradient of {@code w_i L_i} of every parameter, by parameter id. */
    final List<Map<String, float[]>> gradients = new ArrayList<>();

    BruteForceReference(TrainingSession session, MultitaskModel model, List<Task> tasks, MultitaskBatch batch, double[] weights) {
        losses = new double[tasks.size()];
        sharedWeightNorms = new double[tasks.size()];
        for (int task = 0; task < tasks.size(); task++) {
            TestEngine.PYTORCH.zeroGradients(TrainingSession.arrays(model));
            try (GradientCollector collector = session.manager().getEngine().newGradientCollector()) {
                NDList predictions = model.forward(session.store(), new NDList(batch.input()), true);
                NDArray loss = tasks.get(task).loss().compute(predictions.get(task), batch.label(task));
                losses[task] = loss.getFloat();
                collector.backward(loss.mul((float) weights[task]));
            }
            Map<String, float[]> byParameter = new LinkedHashMap<>();
            for (Parameter parameter : model.getParameters().values()) {
                byParameter.put(parameter.getId(), parameter.getArray().getGradient().toFloatArray());
            }
            gradients.add(byParameter);
            sharedWeightNorms[task] = norm(byParameter.get(model.sharedWeight().getId()));
        }
        TestEngine.PYTORCH.zeroGradients(TrainingSession.arrays(model));
    }

    /** Returns {@code sum_i grad(w_i L_i)} of one parameter. */
    float[] summed(String parameterId) {
        float[] sum = new float[gradients.get(0).get(parameterId).length];
        for (Map<String, float[]> task : gradients) {
            float[] gradient = task.get(parameterId);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += gradient[i];
            }
        }
        return sum;
    }

    static double norm(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }
}
