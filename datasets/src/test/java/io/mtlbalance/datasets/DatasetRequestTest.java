package io.mtlbalance.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetRequestTest {

    @Test
    void builderDefaults() {
        DatasetRequest request = DatasetRequest.builder().build();

        assertEquals(Optional.empty(), request.dataDirectory());
        assertEquals(0L, request.seed());
        assertEquals(10_000, request.trainSize());
        assertEquals(2_000, request.testSize());
    }

    @Test
    void builderSetsEveryField() {
        DatasetRequest request = DatasetRequest.builder()
                .dataDirectory(Path.of("/data/mnist"))
                .seed(-5)
                .trainSize(7)
                .testSize(3)
                .build();

        assertEquals(Optional.of(Path.of("/data/mnist")), request.dataDirectory());
        assertEquals(-5L, request.seed());
        assertEquals(7, request.trainSize());
        assertEquals(3, request.testSize());
    }

    @Test
    void nullDirectoryClearsIt() {
        DatasetRequest request = DatasetRequest.builder().dataDirectory(Path.of("x")).dataDirectory(null).build();

        assertEquals(Optional.empty(), request.dataDirectory());
    }

    @Test
    void zeroTrainSizeIsRejected() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> DatasetRequest.builder().trainSize(0).build());

        assertEquals("invalid dataset request: trainSize is 0; it must be at least 1", error.getMessage());
    }

    @Test
    void negativeTestSizeIsRejected() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> DatasetRequest.builder().testSize(-1).build());

        assertEquals("invalid dataset request: testSize is -1; it must be at least 1", error.getMessage());
    }
}
