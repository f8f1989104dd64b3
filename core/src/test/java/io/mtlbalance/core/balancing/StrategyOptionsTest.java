package io.mtlbalance.core.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrategyOptionsTest {

    @Test
    void defaultsUsePaperDwaSettings() {
        StrategyOptions defaults = StrategyOptions.defaults();

        assertEquals(2.0, defaults.dwaTemperature());
        assertEquals(1, defaults.dwaWindow());
    }

    @Test
    void withMethodsKeepOtherFields() {
        StrategyOptions options = StrategyOptions.defaults()
                .withDwaTemperature(0.5)
                .withDwaWindow(60)
                .withAlpha(1.5)
                .withWeightLearningRate(0.01)
                .withInitialLoss(InitialLoss.THEORETICAL)
                .withWeightTotal(1)
                .withStaticWeights(List.of(1.0, 3.0));

        StrategyOptions expected = new StrategyOptions(
                1.5, 0.01, InitialLoss.THEORETICAL, Optional.of(1.0), List.of(1.0, 3.0), 0.5, 60);
        assertEquals(expected, options);
    }

    @Test
    void describeListsDwaSettings() {
        String description = StrategyOptions.defaults().withDwaWindow(5).describe();

        assertEquals(
                "alpha=0.12, weight-lr=0.025, initial-loss=first_step, weight-total=T,"
                        + " dwa-temperature=2.0, dwa-window=5",
                description);
    }

    @Test
    void nonPositiveDwaTemperatureIsRejected() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> StrategyOptions.defaults().withDwaTemperature(-1));

        assertEquals(
                "DWA temperature is -1.0; it must be finite and > 0 (the default, from the DWA paper, is 2.0)",
                error.getMessage());
    }

    @Test
    void infiniteDwaTemperatureIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> StrategyOptions.defaults().withDwaTemperature(Double.POSITIVE_INFINITY));
    }

    @Test
    void zeroDwaWindowIsRejected() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> StrategyOptions.defaults().withDwaWindow(0));

        assertEquals(
                "DWA window is 0 steps; it must be at least 1 (1 compares single steps,"
                        + " the number of batches per epoch reproduces the epoch means of the DWA paper)",
                error.getMessage());
    }
}
