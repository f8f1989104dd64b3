package io.mtlbalance.datasets.multimnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mtlbalance.core.data.MultitaskDataset;
import io.mtlbalance.core.data.Split;
import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.DatasetRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiMnistFactoryTest {

    @TempDir
    Path folder;

    @Test
    void requestedFolderIsRead() {
        HandMadeMnist.writeFolder(folder);
        DatasetRequest request = DatasetRequest.builder().dataDirectory(folder).seed(1).trainSize(5).testSize(2).build();

        MultitaskDataset dataset = new MultiMnistFactory().create(request);

        assertEquals("multi-mnist", dataset.name());
        assertEquals("Multi-MNIST pairs (seed 1) from MNIST IDX files in " + folder, dataset.source());
        assertEquals(5, dataset.size(Split.TRAIN));
        assertEquals(3, dataset.tasks().size());
    }

    @Test
    void missingDataDirectoryIsRejected() {
        DatasetRequest request = DatasetRequest.builder().build();

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new MultiMnistFactory().create(request));

        assertEquals("dataset 'multi-mnist' needs a data directory, but the request gives none; set it to a folder"
                + " containing the MNIST files train-images-idx3-ubyte, train-labels-idx1-ubyte,"
                + " t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte (plain or .gz)", error.getMessage());
    }

    @Test
    void missingFolderIsNamed() {
        Path absent = folder.resolve("mnist");
        DatasetRequest request = DatasetRequest.builder().dataDirectory(absent).build();

        DatasetFileException error =
                assertThrows(DatasetFileException.class, () -> new MultiMnistFactory().create(request));

        assertEquals(absent.toString(), error.location());
    }
}
