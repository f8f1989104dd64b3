package io.mtlbalance.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import io.mtlbalance.core.engine.GradientAccumulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An engine that is not on the class path fails with a remedy and leaves DJL usable. */
class EngineLoadFailureTest {

    private static final String DEFAULT_ENGINE = "ai.djl.default_engine";

    private String savedDefault;

    @BeforeEach
    void clearDefaultEngine() {
        TestAdapters.all();
        savedDefault = System.clearProperty(DEFAULT_ENGINE);
    }

    @AfterEach
    void restoreDefaultEngine() {
        if (savedDefault != null) {
            System.setProperty(DEFAULT_ENGINE, savedDefault);
        }
    }

    @Test
    void missingEngineNamesArtifacts() {
        EngineUnavailableException failure = assertThrows(EngineUnavailableException.class, () -> new Missing().engine());

        assertEquals("could not load the NoSuchEngine engine offline; check that org.example:no-such-native"
                + " are on the class path: Deep learning engine not found: NoSuchEngine", failure.getMessage());
    }

    @Test
    void missingEngineLeavesDefaultUnset() {
        assertThrows(EngineUnavailableException.class, () -> new Missing().engine());

        assertNull(System.getProperty(DEFAULT_ENGINE));
        assertEquals("PyTorch", Engine.getEngine("PyTorch").getEngineName());
    }

    /** An adapter for an engine DJL has no provider for. */
    private static final class Missing extends AbstractEngineAdapter {
        Missing() {
            super("NoSuchEngine", 1);
        }

        @Override
        public String name() {
            return "missing";
        }

        @Override
        void beforeLoad() {}

        @Override
        String nativeArtifacts() {
            return "org.example:no-such-native";
        }

        @Override
        String threadSettings(Engine loaded) {
            return "none";
        }

        @Override
        public GradientAccumulation gradientAccumulation() {
            return GradientAccumulation.OVERWRITE;
        }
    }
}
