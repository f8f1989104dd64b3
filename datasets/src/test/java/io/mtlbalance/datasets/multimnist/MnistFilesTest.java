package io.mtlbalance.datasets.multimnist;

import static io.mtlbalance.datasets.testing.HandWrittenIdx.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mtlbalance.datasets.DatasetFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFilesTest {

    @TempDir
    Path folder;

    @Test
    void gzipAndPlainNamesAreFound() {
        HandMadeMnist.writeFolder(folder);

        MnistFiles files = MnistFiles.locate(folder);

        assertEquals(folder.resolve("train-images-idx3-ubyte.gz").toString(), files.trainImages().location());
        assertEquals(folder.resolve("t10k-labels-idx1-ubyte").toString(), files.testLabels().location());
    }

    @Test
    void gzipIsPreferredOverPlain() {
        HandMadeMnist.writeFolder(folder);
        write(folder.resolve("t10k-labels-idx1-ubyte.gz"), new byte[0]);

        assertEquals(folder.resolve("t10k-labels-idx1-ubyte.gz").toString(),
                MnistFiles.locate(folder).testLabels().location());
    }

    @Test
    void missingFolderIsNamed() {
        Path absent = folder.resolve("absent");

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> MnistFiles.locate(absent));

        assertEquals("data directory " + absent + " not found; expected a folder containing the four IDX files"
                + " train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte"
                + " (plain or .gz). Check the path.", error.getMessage());
        assertEquals(absent.toString(), error.location());
    }

    @Test
    void fileInsteadOfFolderIsNamed() {
        Path file = write(folder.resolve("train-images-idx3-ubyte.gz"), new byte[0]);

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> MnistFiles.locate(file));

        assertEquals("data directory " + file + " is a file; expected a folder containing the four IDX files. Give"
                + " the folder that contains it.", error.getMessage());
    }

    @Test
    void missingFileIsNamedWithListing() throws IOException {
        HandMadeMnist.writeFolder(folder);
        Files.delete(folder.resolve("t10k-labels-idx1-ubyte"));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> MnistFiles.locate(folder));

        assertEquals("data directory " + folder + " is missing t10k-labels-idx1-ubyte.gz (or t10k-labels-idx1-ubyte);"
                + " expected the four IDX files train-images-idx3-ubyte, train-labels-idx1-ubyte,"
                + " t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each plain or gzip-compressed with a .gz suffix."
                + " It contains: t10k-images-idx3-ubyte, train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz.",
                error.getMessage());
    }

    @Test
    void missingFilesOfAbsentFolder() {
        assertEquals(MnistFiles.BASE_NAMES, MnistFiles.missingFiles(folder.resolve("absent")));
    }

    @Test
    void missingFilesOfPartialFolder() throws IOException {
        HandMadeMnist.writeFolder(folder);
        Files.delete(folder.resolve("train-labels-idx1-ubyte.gz"));

        assertEquals(List.of("train-labels-idx1-ubyte"), MnistFiles.missingFiles(folder));
    }
}
