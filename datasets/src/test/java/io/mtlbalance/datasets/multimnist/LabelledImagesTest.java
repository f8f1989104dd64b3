package io.mtlbalance.datasets.multimnist;

import static io.mtlbalance.datasets.testing.HandWrittenIdx.images;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.labels;
import static io.mtlbalance.datasets.testing.HandWrittenIdx.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.idx.IdxSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledImagesTest {

    @TempDir
    Path folder;

    private LabelledImages read(Path images, Path labels) {
        return LabelledImages.read(IdxSource.file(images), IdxSource.file(labels));
    }

    @Test
    void matchingFilesAreRead() {
        Path images = write(folder.resolve("images"), images(2, 28, 28, HandMadeMnist.pixels(HandMadeMnist.UNIFORM,
                HandMadeMnist.CORNER)));
        Path labels = write(folder.resolve("labels"), labels(new byte[] {9, 0}));

        LabelledImages read = read(images, labels);

        assertEquals(2, read.count());
        assertEquals(9, read.label(0));
        assertEquals(200, read.pixel(1, 9, 9));
        assertEquals(0, read.pixel(1, 10, 9));
    }

    @Test
    void countMismatchNamesBothFiles() {
        Path images = write(folder.resolve("images"), images(2, 28, 28, new byte[2 * 784]));
        Path labels = write(folder.resolve("labels"), labels(new byte[] {1, 2, 3}));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> read(images, labels));

        assertEquals("label file " + labels + " contains 3 labels but image file " + images + " contains 2 images;"
                + " expected one label per image. Check that both files belong to the same split (train or t10k)"
                + " and are complete.", error.getMessage());
    }

    @Test
    void otherImageSizeIsRejected() {
        Path images = write(folder.resolve("images"), images(1, 32, 32, new byte[32 * 32]));
        Path labels = write(folder.resolve("labels"), labels(new byte[] {1}));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> read(images, labels));

        assertEquals("image file " + images + " contains images of 32x32 pixels; expected 28x28 as in MNIST and"
                + " Fashion-MNIST. Check that the folder contains one of those datasets.", error.getMessage());
    }

    @Test
    void labelOutsideClassesIsRejected() {
        Path images = write(folder.resolve("images"), images(2, 28, 28, new byte[2 * 784]));
        Path labels = write(folder.resolve("labels"), labels(new byte[] {3, 10}));

        DatasetFileException error = assertThrows(DatasetFileException.class, () -> read(images, labels));

        assertEquals("label file " + labels + " contains label 10 at index 1; expected a class from 0 to 9. The file"
                + " is corrupted or belongs to another dataset.", error.getMessage());
    }
}
