package io.mtlbalance.datasets.multimnist;

import static io.mtlbalance.datasets.testing.HandWrittenIdx.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.DatasetRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class MultiFashionFactoryTest {

    @TempDir
    Path folder;

    private final Logger logger = (Logger) LoggerFactory.getLogger(MultiFashionFactory.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
    }

    private static DatasetRequest request(Path dataDirectory) {
        return DatasetRequest.builder().dataDirectory(dataDirectory).seed(3).trainSize(6).testSize(4).build();
    }

    @Test
    void requestedFolderIsUsed() {
        HandMadeMnist.writeFolder(folder);

        MultitaskDataset dataset = new MultiFashionFactory(folder.resolve("unused")).create(request(folder));

        assertEquals("multi-fashion", dataset.name());
        assertEquals("Multi-Fashion-MNIST pairs (seed 3) from Fashion-MNIST IDX files in " + folder, dataset.source());
        assertEquals(6, dataset.size(Split.TRAIN));
        assertEquals(4, dataset.size(Split.TEST));
    }

    @Test
    void missingRequestedFolderHasNoFallback() throws IOException {
        Path system = HandMadeMnist.writeFolder(Files.createDirectory(folder.resolve("system")));
        Path absent = folder.resolve("absent");

        DatasetFileException error = assertThrows(
                DatasetFileException.class, () -> new MultiFashionFactory(system).create(request(absent)));

        assertEquals(absent.toString(), error.location());
    }

    @Test
    void missingFileInRequestedFolderIsNamed() throws IOException {
        HandMadeMnist.writeFolder(folder);
        Files.delete(folder.resolve("train-images-idx3-ubyte.gz"));

        DatasetFileException error = assertThrows(
                DatasetFileException.class, () -> new MultiFashionFactory(folder).create(request(folder)));

        assertTrue(error.getMessage().contains("is missing train-images-idx3-ubyte.gz (or train-images-idx3-ubyte)"),
                error.getMessage());
    }

    @Test
    void completeSystemFolderIsUsed() {
        HandMadeMnist.writeFolder(folder);

        MultitaskDataset dataset = new MultiFashionFactory(folder).create(request(null));

        assertEquals("Multi-Fashion-MNIST pairs (seed 3) from Fashion-MNIST IDX files in " + folder, dataset.source());
    }

    @Test
    void emptySystemFolderFallsBackToSubset() {
        MultitaskDataset dataset = new MultiFashionFactory(folder).create(request(null));

        String reason = "bundled Fashion-MNIST subset (6000 train, 1000 test images) because " + folder
                + "/ has no IDX files";
        assertEquals("Multi-Fashion-MNIST pairs (seed 3) from " + reason, dataset.source());
        assertEquals(1, logs.list.size());
        assertEquals(Level.INFO, logs.list.get(0).getLevel());
        assertEquals("Using the " + reason + "; give a data directory with the full Fashion-MNIST files for"
                + " full-size experiments", logs.list.get(0).getFormattedMessage());
    }

    @Test
    void absentSystemFolderFallsBackToSubset() {
        Path absent = folder.resolve("absent");

        MultitaskDataset dataset = new MultiFashionFactory(absent).create(request(null));

        assertTrue(dataset.source().endsWith("because " + absent + "/ does not exist"), dataset.source());
    }

    @Test
    void partialSystemFolderFallsBackToSubset() throws IOException {
        HandMadeMnist.writeFolder(folder);
        Files.delete(folder.resolve("t10k-images-idx3-ubyte"));
        Files.delete(folder.resolve("t10k-labels-idx1-ubyte"));

        MultitaskDataset dataset = new MultiFashionFactory(folder).create(request(null));

        assertTrue(dataset.source().endsWith("because " + folder + "/ is missing t10k-images-idx3-ubyte,"
                + " t10k-labels-idx1-ubyte"), dataset.source());
    }

    @Test
    void corruptedSystemFileIsAnError() {
        HandMadeMnist.writeFolder(folder);
        write(folder.resolve("t10k-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 2, 7});

        DatasetFileException error = assertThrows(
                DatasetFileException.class, () -> new MultiFashionFactory(folder).create(request(null)));

        assertEquals(folder.resolve("t10k-labels-idx1-ubyte").toString(), error.location());
    }

    @Test
    void installedFashionMnistIsRead() {
        Path system = Path.of(MultiFashionFactory.SYSTEM_FOLDER_NAME);
        assumeTrue(MnistFiles.missingFiles(system).isEmpty(), "Fashion-MNIST is not installed in " + system);

        MultitaskDataset dataset = new MultiFashionFactory().create(request(null));

        assertEquals("Multi-Fashion-MNIST pairs (seed 3) from Fashion-MNIST IDX files in " + system, dataset.source());
    }
}
