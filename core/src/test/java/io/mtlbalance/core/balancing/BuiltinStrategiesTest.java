package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtlbalance.core.task.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltinStrategiesTest {

    private static final StrategySettings SETTINGS = new StrategySettings(
            List.of(Task.regression("a", 1), Task.classification("b", 3)),
            1,
            StrategyOptions.defaults().withStaticWeights(List.of(1.0, 2.0)));

    @Test
    void factoriesAreInDocumentedOrder() {
        assertEquals(
                List.of("equal", "static", "gradnorm", "gradnorm-static", "uncertainty", "dwa", "gls", "rlw"),
                List.copyOf(BuiltinStrategies.factories().keySet()));
    }

    @Test
    void createdStrategyCarriesItsKey() {
        for (Map.Entry<String, StrategyFactory> entry : BuiltinStrategies.factories().entrySet()) {
            assertEquals(entry.getKey(), entry.getValue().create(SETTINGS).name());
        }
    }

    @Test
    void everyCreateReturnsFreshInstance() {
        for (StrategyFactory factory : BuiltinStrategies.factories().values()) {
            assertNotSame(factory.create(SETTINGS), factory.create(SETTINGS));
        }
    }

    @Test
    void descriptionsNameTheirYear() {
        for (Map.Entry<String, StrategyFactory> entry : BuiltinStrategies.factories().entrySet()) {
            assertTrue(entry.getValue().description().matches(".*\\b(20\\d\\d)\\)$"),
                    entry.getKey() + ": " + entry.getValue().description());
        }
    }

    @Test
    void factoriesMapIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class,
                () -> BuiltinStrategies.factories().remove(EqualWeighting.NAME));
    }

    @Test
    void staticWithoutWeightsIsRejected() {
        StrategySettings settings = new StrategySettings(
                List.of(Task.regression("a", 1), Task.regression("b", 1)), 1, StrategyOptions.defaults());

        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> new StaticWeighting.Factory().create(settings));

        assertEquals(
                "strategy 'static' needs one weight per task in the static weights option, but none were given;"
                        + " set them, for example --weights 1,1",
                error.getMessage());
    }

    @Test
    void gradNormStaticWithoutWeightsNamesGradNorm() {
        StrategySettings settings = new StrategySettings(
                List.of(Task.regression("a", 1), Task.regression("b", 1)), 1, StrategyOptions.defaults());

        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> new GradNormStatic.Factory().create(settings));

        assertTrue(error.getMessage().contains("strategy 'gradnorm-static' needs the time-averaged weights"),
                error.getMessage());
        assertTrue(error.getMessage().contains("--strategies gradnorm,gradnorm-static"), error.getMessage());
    }

    @Test
    void gradNormStaticAppliesGivenWeights() {
        BalancingStrategy strategy = new GradNormStatic.Factory().create(SETTINGS);

        assertEquals(TaskValues.of(new double[] {1.0, 2.0}), strategy.weigh(null));
    }
}
