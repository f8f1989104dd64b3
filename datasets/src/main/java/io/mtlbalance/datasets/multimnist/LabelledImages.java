package io.mtlbalance.datasets.multimnist;

import io.mtlbalance.datasets.DatasetFileException;
import io.mtlbalance.datasets.idx.IdxImages;
import io.mtlbalance.datasets.idx.IdxLabels;
import io.mtlbalance.datasets.idx.IdxReader;
import io.mtlbalance.datasets.idx.IdxSource;

/**
 * One split of an MNIST-style dataset: 28x28 images, each with a class from 0 to 9, read from an
 * image file and a label file that agree with each other. Immutable.
 */
public final class LabelledImages {

    /** The side of an MNIST or Fashion-MNIST image, in pixels. */
    public static final int IMAGE_SIZE = 28;

    /** The number of classes of MNIST and of Fashion-MNIST. */
    public static final int CLASSES = 10;

    private final IdxImages images;
    private final IdxLabels labels;

    private LabelledImages(IdxImages images, IdxLabels labels) {
        this.images = images;
        this.labels = labels;
    }

    /**
     * Reads and cross-checks an image file and its label file.
     *
     * @throws DatasetFileException if either file cannot be read, the images are not 28x28, the
     *     counts differ, or a label is outside 0 to 9; the message names the file
     */
    public static LabelledImages read(IdxSource imageSource, IdxSource labelSource) {
        IdxImages images = IdxReader.readImages(imageSource);
        if (images.rows() != IMAGE_SIZE || images.columns() != IMAGE_SIZE) {
            throw new DatasetFileException(images.location(), "image file " + images.location() + " contains images of "
                    + images.rows() + "x" + images.columns() + " pixels; expected " + IMAGE_SIZE + "x" + IMAGE_SIZE
                    + " as in MNIST and Fashion-MNIST. Check that the folder contains one of those datasets.");
        }

        IdxLabels labels = IdxReader.readLabels(labelSource);
        if (labels.count() != images.count()) {
            throw new DatasetFileException(labels.location(), "label file " + labels.location() + " contains "
                    + labels.count() + " labels but image file " + images.location() + " contains " + images.count()
                    + " images; expected one label per image. Check that both files belong to the same split"
                    + " (train or t10k) and are complete.");
        }
        checkLabelRange(labels);
        return new LabelledImages(images, labels);
    }

    private static void checkLabelRange(IdxLabels labels) {
        for (int i = 0; i < labels.count(); i++) {
            if (labels.label(i) >= CLASSES) {
                throw new DatasetFileException(labels.location(), "label file " + labels.location() + " contains label "
                        + labels.label(i) + " at index " + i + "; expected a class from 0 to " + (CLASSES - 1)
                        + ". The file is corrupted or belongs to another dataset.");
            }
        }
    }

    /** Returns the number of images. */
    public int count() {
        return images.count();
    }

    /** Returns the class of image {@code index}, from 0 to 9. */
    public int label(int index) {
        return labels.label(index);
    }

    /** Returns a pixel of image {@code index}, from 0 to 255. */
    public int pixel(int index, int row, int column) {
        return images.pixel(index, row, column);
    }

    /** Returns the image file, for messages and source descriptions. */
    public String imageLocation() {
        return images.location();
    }
}
