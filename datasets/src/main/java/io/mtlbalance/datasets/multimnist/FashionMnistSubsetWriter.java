package io.mtlbalance.datasets.multimnist;

import io.mtlbalance.datasets.idx.IdxImages;
import io.mtlbalance.datasets.idx.IdxLabels;
import io.mtlbalance.datasets.idx.IdxReader;
import io.mtlbalance.datasets.idx.IdxSource;
import io.mtlbalance.datasets.idx.IdxWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a subset of an MNIST-style dataset: the first N training and first M test images with
 * their labels, as gzip-compressed IDX files under the standard names. It produced the subset
 * bundled in this module from the Debian package {@code dataset-fashion-mnist}; the first
 * examples are taken, not a random draw, because they are already close to balanced across
 * classes: each class contains 560 to 643 of the first 6,000 training images and 87 to 115 of the first
 * 1,000 test images (the class counts are logged). The output bytes depend only on the input
 * files and the counts.
 *
 * <p>Usage, from the repository root after {@code mvn -o -q -pl datasets -am compile}, where
 * SLF4J_JARS stands for the jars of {@code slf4j-api} and of a logging backend such as
 * {@code logback-classic}, which prints the class counts:
 *
 * <pre>
 * java -cp datasets/target/classes:core/target/classes:SLF4J_JARS \
 *     io.mtlbalance.datasets.multimnist.FashionMnistSubsetWriter \
 *     /usr/share/datasets/fashion-mnist \
 *     datasets/src/main/resources/io/mtlbalance/datasets/fashion-mnist-subset 6000 1000
 * </pre>
 */
public final class FashionMnistSubsetWriter {

    private static final Logger LOG = LoggerFactory.getLogger(FashionMnistSubsetWriter.class);

    private FashionMnistSubsetWriter() {}

    /**
     * Writes the subset.
     *
     * @param args the source folder, the target folder (created if missing), the number of
     *     training images and the number of test images
     * @throws IllegalArgumentException if the arguments are not four with two positive counts
     * @throws IOException if a target file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected 4 arguments, got " + args.length
                    + "; usage: FashionMnistSubsetWriter SOURCE_FOLDER TARGET_FOLDER TRAIN_COUNT TEST_COUNT");
        }
        int trainCount = parseCount("TRAIN_COUNT", args[2]);
        int testCount = parseCount("TEST_COUNT", args[3]);
        MnistFiles files = MnistFiles.locate(Path.of(args[0]));
        Path target = Path.of(args[1]);

        Files.createDirectories(target);
        writeSplit(files.trainImages(), files.trainLabels(), target, 0, trainCount);
        writeSplit(files.testImages(), files.testLabels(), target, 2, testCount);
    }

    private static int parseCount(String name, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Reported below with the allowed range.
        }
        throw new IllegalArgumentException(name + " is '" + value + "'; expected a whole number of at least 1");
    }

    private static void writeSplit(IdxSource imageSource, IdxSource labelSource, Path target, int nameIndex, int count)
            throws IOException {
        IdxImages images = IdxReader.readImages(imageSource);
        IdxLabels labels = IdxReader.readLabels(labelSource);
        if (count > images.count() || count > labels.count()) {
            throw new IllegalArgumentException("requested " + count + " examples but " + imageSource + " contains "
                    + images.count() + " images and " + labelSource + " contains " + labels.count() + " labels");
        }

        Path imageFile = target.resolve(MnistFiles.BASE_NAMES.get(nameIndex) + ".gz");
        Path labelFile = target.resolve(MnistFiles.BASE_NAMES.get(nameIndex + 1) + ".gz");
        byte[] subsetLabels = labels.copyOfRange(0, count);
        IdxWriter.writeImages(imageFile, count, images.rows(), images.columns(), images.copyOfRange(0, count));
        IdxWriter.writeLabels(labelFile, subsetLabels);
        LOG.info("Wrote {} and {}: {} examples, class counts {}", imageFile, labelFile, count,
                Arrays.toString(classCounts(subsetLabels)));
    }

    private static int[] classCounts(byte[] labels) {
        int[] counts = new int[LabelledImages.CLASSES];
        for (byte label : labels) {
            counts[label & 0xFF]++;
        }
        return counts;
    }
}
