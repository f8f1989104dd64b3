package io.mtlbalance.datasets.idx;

import io.mtlbalance.datasets.DatasetFileException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files of unsigned bytes: 3-dimensional image files (magic {@code 0x00000803}) and
 * 1-dimensional label files (magic {@code 0x00000801}), plain or gzip-compressed.
 *
 * <p>Every failure is a {@link DatasetFileException} whose message names the file, what is
 * wrong and what was expected. The declared dimensions are checked before memory is allocated:
 * against the file length for plain files, and for gzip files by growing the buffer only as
 * decompressed bytes arrive, so a corrupted header cannot exhaust memory. Bytes after the
 * declared data are rejected, which also makes the gzip checksum at the end get verified.
 */
public final class IdxReader {

    /** The magic number of an IDX file of unsigned-byte images: 3 dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;

    /** The magic number of an IDX file of unsigned-byte labels: 1 dimension. */
    public static final int LABELS_MAGIC = 0x00000801;

    /** The largest data section this reader accepts: the largest Java byte array. */
    static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 8;

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int INITIAL_CAPACITY = 1 << 16;
    private static final int GZIP_MAGIC = 0x1f8b;

    private IdxReader() {}

    /**
     * Reads an image file.
     *
     * @param file a plain IDX file, or a gzip-compressed one whose name ends in {@code .gz}
     * @return the images, of any size; callers check the sizes they need
     * @throws DatasetFileException if the file is missing, unreadable, truncated, corrupted, has
     *     another magic number or contains bytes after the declared data
     */
    public static IdxImages readImages(Path file) {
        return readImages(IdxSource.file(file));
    }

    /**
     * Reads an image file from {@code source}.
     *
     * @throws DatasetFileException as {@link #readImages(Path)} does
     */
    public static IdxImages readImages(IdxSource source) {
        Content content = read(source, Layout.IMAGES);
        int[] dims = content.header().dims();
        return new IdxImages(source.location(), dims[0], dims[1], dims[2], content.data());
    }

    /**
     * Reads a label file.
     *
     * @param file a plain IDX file, or a gzip-compressed one whose name ends in {@code .gz}
     * @return the labels, with any byte value; callers check the range they need
     * @throws DatasetFileException if the file is missing, unreadable, truncated, corrupted, has
     *     another magic number or contains bytes after the declared data
     */
    public static IdxLabels readLabels(Path file) {
        return readLabels(IdxSource.file(file));
    }

    /**
     * Reads a label file from {@code source}.
     *
     * @throws DatasetFileException as {@link #readLabels(Path)} does
     */
    public static IdxLabels readLabels(IdxSource source) {
        return new IdxLabels(source.location(), read(source, Layout.LABELS).data());
    }

    private static Content read(IdxSource source, Layout layout) {
        try (InputStream raw = source.open();
                InputStream in = decompress(source, raw)) {
            Header header = readHeader(source, in, layout);
            boolean lengthChecked = checkStoredLength(source, header);

            byte[] data = readData(source, in, header, lengthChecked);
            checkEnd(source, in, header);
            return new Content(header, data);
        } catch (ZipException e) {
            throw invalid(source, "is not valid gzip data" + detail(e),
                    "gzip-compressed IDX data because its name ends in .gz",
                    "If the file is not compressed, remove the .gz suffix; otherwise obtain a fresh copy.", e);
        } catch (EOFException e) {
            throw invalid(source, "is truncated: its compressed data ends early" + detail(e),
                    "a complete gzip stream", "Obtain a fresh copy of the file.", e);
        } catch (IOException e) {
            throw new DatasetFileException(
                    source.location(), "IDX file " + source.location() + " cannot be read: " + e, e);
        }
    }

    private static String detail(IOException e) {
        return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
    }

    private static InputStream decompress(IdxSource source, InputStream raw) throws IOException {
        InputStream buffered = new BufferedInputStream(raw, BUFFER_SIZE);
        return source.gzip() ? new GZIPInputStream(buffered, BUFFER_SIZE) : buffered;
    }

    private static Header readHeader(IdxSource source, InputStream in, Layout layout) throws IOException {
        byte[] magicBytes = new byte[Integer.BYTES];
        int headerLength = layout.headerLength();
        if (readFully(in, magicBytes, 0, magicBytes.length) < magicBytes.length) {
            throw truncatedHeader(source, headerLength);
        }
        int magic = ByteBuffer.wrap(magicBytes).getInt();
        if (magic != layout.magic) {
            throw wrongMagic(source, layout, magic);
        }

        byte[] dimBytes = new byte[layout.dimensions * Integer.BYTES];
        if (readFully(in, dimBytes, 0, dimBytes.length) < dimBytes.length) {
            throw truncatedHeader(source, headerLength);
        }
        ByteBuffer buffer = ByteBuffer.wrap(dimBytes);
        int[] dims = new int[layout.dimensions];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = buffer.getInt();
            if (dims[d] < 0) {
                throw invalid(source, "declares dimension " + (d + 1) + " as " + dims[d],
                        "a size of at least 0", "The header is corrupted; obtain a fresh copy.", null);
            }
        }
        return new Header(layout, dims, dataLength(source, layout, dims));
    }

    private static long dataLength(IdxSource source, Layout layout, int[] dims) {
        long length = 1;
        for (int dim : dims) {
            length *= dim;
            if (length > MAX_DATA_BYTES) {
                throw invalid(source, "declares " + layout.describe(dims) + ", more than "
                                + MAX_DATA_BYTES + " bytes of data",
                        "at most " + MAX_DATA_BYTES + " data bytes, the largest Java array",
                        "The header is probably corrupted; obtain a fresh copy.", null);
            }
        }
        return length;
    }

    /** Returns whether the stored length was known and matched the header. */
    private static boolean checkStoredLength(IdxSource source, Header header) {
        OptionalLong stored = source.storedLength();
        if (source.gzip() || stored.isEmpty()) {
            return false;
        }
        long expected = header.totalLength();
        if (stored.getAsLong() < expected) {
            throw truncated(source, header, stored.getAsLong());
        }
        if (stored.getAsLong() > expected) {
            throw trailingBytes(source, header, String.valueOf(stored.getAsLong() - expected));
        }
        return true;
    }

    private static byte[] readData(IdxSource source, InputStream in, Header header, boolean lengthChecked)
            throws IOException {
        int length = (int) header.dataLength();
        // Grow only as bytes arrive unless the file length already vouched for the header.
        byte[] data = new byte[lengthChecked ? length : Math.min(length, INITIAL_CAPACITY)];
        int filled = 0;
        while (filled < length) {
            if (filled == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(length, 2L * data.length));
            }
            int read = in.read(data, filled, data.length - filled);
            if (read < 0) {
                throw truncated(source, header, header.layout().headerLength() + (long) filled);
            }
            filled += read;
        }
        return data;
    }

    private static void checkEnd(IdxSource source, InputStream in, Header header) throws IOException {
        if (in.read() >= 0) {
            throw trailingBytes(source, header, "some");
        }
    }

    private static int readFully(InputStream in, byte[] target, int offset, int length) throws IOException {
        int filled = 0;
        while (filled < length) {
            int read = in.read(target, offset + filled, length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    private static DatasetFileException wrongMagic(IdxSource source, Layout layout, int magic) {
        String hint;
        if (magic == layout.other().magic) {
            hint = "It is an IDX " + layout.other().noun + " file; check that the images and labels files are not swapped.";
        } else if (magic >>> 16 == GZIP_MAGIC && !source.gzip()) {
            hint = "It starts like gzip data; give it a name ending in .gz.";
        } else {
            hint = "It is not an IDX file of unsigned bytes, or its header is corrupted.";
        }
        return invalid(source, String.format("has magic number 0x%08X", magic),
                String.format("0x%08X (IDX %s: unsigned bytes, %d dimension%s)",
                        layout.magic, layout.noun, layout.dimensions, layout.dimensions == 1 ? "" : "s"),
                hint, null);
    }

    private static DatasetFileException truncatedHeader(IdxSource source, int headerLength) {
        return invalid(source, "is truncated: it ends inside its header",
                "a header of " + headerLength + " bytes followed by the data", "Obtain a fresh copy of the file.", null);
    }

    private static DatasetFileException truncated(IdxSource source, Header header, long actualLength) {
        return invalid(source, "is truncated: it contains " + actualLength + " bytes (header included)",
                header.totalLength() + " bytes for the " + header.layout().describe(header.dims())
                        + " its header declares",
                "Obtain a fresh copy of the file.", null);
    }

    private static DatasetFileException trailingBytes(IdxSource source, Header header, String count) {
        return invalid(source, "has " + count + " bytes after the data its header declares ("
                        + header.layout().describe(header.dims()) + ")",
                "the file to end after " + header.totalLength() + " bytes",
                "The file is corrupted or its header is wrong; obtain a fresh copy.", null);
    }

    private static DatasetFileException invalid(
            IdxSource source, String problem, String expected, String remedy, Throwable cause) {
        String message = "IDX file " + source.location() + " " + problem + "; expected " + expected + ". " + remedy;
        return new DatasetFileException(source.location(), message, cause);
    }

    /** The two kinds of IDX file that MNIST-style datasets use. */
    private enum Layout {
        IMAGES(IMAGES_MAGIC, 3, "images"),
        LABELS(LABELS_MAGIC, 1, "labels");

        final int magic;
        final int dimensions;
        final String noun;

        Layout(int magic, int dimensions, String noun) {
            this.magic = magic;
            this.dimensions = dimensions;
            this.noun = noun;
        }

        int headerLength() {
            return Integer.BYTES * (1 + dimensions);
        }

        Layout other() {
            return this == IMAGES ? LABELS : IMAGES;
        }

        String describe(int[] dims) {
            return this == IMAGES ? dims[0] + " images of " + dims[1] + "x" + dims[2] : dims[0] + " labels";
        }
    }

    private record Header(Layout layout, int[] dims, long dataLength) {
        long totalLength() {
            return layout.headerLength() + dataLength;
        }
    }

    private record Content(Header header, byte[] data) {}
}
