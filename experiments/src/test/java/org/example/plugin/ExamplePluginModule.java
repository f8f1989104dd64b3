package org.example.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import io.mtlbalance.core.balancing.BalancingStrategy;
import io.mtlbalance.core.balancing.Measurement;
import io.mtlbalance.core.balancing.StepLosses;
import io.mtlbalance.core.balancing.StrategyFactory;
import io.mtlbalance.core.balancing.TaskValues;

/**
 * A user's extension module, outside mtlbalance's packages, found through
 * {@code META-INF/services/com.google.inject.Module}. It adds two strategies: one that weighs
 * tasks by inverse loss and one that turns a weight into NaN, to exercise divergence handling.
 */
public final class ExamplePluginModule extends AbstractModule {

    /** The step from which {@code example-nan} returns a NaN weight for the second task. */
    public static final int NAN_STEP = 5;

    @Override
    protected void configure() {
        MapBinder<String, StrategyFactory> strategies = MapBinder.newMapBinder(binder(), String.class, StrategyFactory.class);
        strategies.addBinding("example-inverse-loss").toInstance(new StrategyFactory() {
            @Override
            public String description() {
                return "weights proportional to 1/L_i, summing to T (test plug-in)";
            }

            @Override
            public BalancingStrategy create(io.mtlbalance.core.balancing.StrategySettings settings) {
                return new InverseLoss();
            }
        });
        strategies.addBinding("example-nan").toInstance(new StrategyFactory() {
            @Override
            public String description() {
                return "returns a NaN weight from step " + NAN_STEP + " on (test plug-in)";
            }

            @Override
            public BalancingStrategy create(io.mtlbalance.core.balancing.StrategySettings settings) {
                return new NanFromStep();
            }
        });
    }

    /** w_i = T (1/L_i) / sum_j (1/L_j). */
    static final class InverseLoss implements BalancingStrategy {
        @Override
        public String name() {
            return "example-inverse-loss";
        }

        @Override
        public Measurement measurement() {
            return Measurement.LOSSES;
        }

        @Override
        public TaskValues weigh(StepLosses losses) {
            int count = losses.taskCount();
            double[] weights = new double[count];
            double sum = 0;
            for (int i = 0; i < count; i++) {
                weights[i] = 1 / losses.losses().get(i);
                sum += weights[i];
            }
            for (int i = 0; i < count; i++) {
                weights[i] *= count / sum;
            }
            return TaskValues.of(weights);
        }
    }

    /** Weight 1 for every task until {@link #NAN_STEP}, then NaN for the second task. */
    static final class NanFromStep implements BalancingStrategy {
        @Override
        public String name() {
            return "example-nan";
        }

        @Override
        public Measurement measurement() {
            return Measurement.LOSSES;
        }

        @Override
        public TaskValues weigh(StepLosses losses) {
            double second = losses.step() >= NAN_STEP ? Double.NaN : 1.0;
            return TaskValues.of(1.0, second);
        }
    }
}
