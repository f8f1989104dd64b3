package io.mtlbalance.datasets.idx;

import io.mtlbalance.datasets.DatasetFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The origin of one IDX file's bytes: a file on disk or a class-path resource. A name ending in
 * {@code .gz} marks gzip-compressed content.
 */
public abstract class IdxSource {

    private final String location;

    private IdxSource(String location) {
        this.location = location;
    }

    /** Returns a source that reads {@code file}; nothing is opened until the file is read. */
    public static IdxSource file(Path file) {
        return new FileSource(Objects.requireNonNull(file, "file"));
    }

    /**
     * Returns a source that reads a class-path resource of {@code loader}.
     *
     * @param loader the class loader that contains the resource; not null
     * @param name the resource name, such as {@code io/mtlbalance/datasets/x.gz}, without a
     *     leading slash; not null
     */
    public static IdxSource resource(ClassLoader loader, String name) {
        return new ResourceSource(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(name, "name"));
    }

    /** Returns the path or resource name, as error messages show it. */
    public String location() {
        return location;
    }

    /** Returns whether the content is gzip-compressed, judged by the {@code .gz} name suffix. */
    public boolean gzip() {
        return location.endsWith(".gz");
    }

    /** Returns the number of stored bytes when it is known before reading. */
    abstract OptionalLong storedLength();

    /**
     * Opens the raw stored bytes, before any decompression.
     *
     * @throws DatasetFileException if the source is missing or not readable
     */
    abstract InputStream open();

    @Override
    public String toString() {
        return location;
    }

    private static final class FileSource extends IdxSource {
        private final Path file;

        FileSource(Path file) {
            super(file.toString());
            this.file = file;
        }

        @Override
        OptionalLong storedLength() {
            try {
                return OptionalLong.of(Files.size(file));
            } catch (IOException e) {
                return OptionalLong.empty();
            }
        }

        @Override
        InputStream open() {
            checkIsReadableFile();
            try {
                return Files.newInputStream(file);
            } catch (AccessDeniedException e) {
                throw unreadable(e);
            } catch (IOException e) {
                throw new DatasetFileException(
                        location(), "IDX file " + location() + " cannot be opened: " + e + ". Check the path and the disk.", e);
            }
        }

        private void checkIsReadableFile() {
            if (Files.isDirectory(file)) {
                throw new DatasetFileException(
                        location(), "IDX file " + location() + " is a folder; expected a file in IDX format.");
            }
            if (!Files.exists(file)) {
                throw new DatasetFileException(
                        location(), "IDX file " + location() + " not found. Check the path or the data directory.");
            }
            if (!Files.isReadable(file)) {
                throw unreadable(null);
            }
        }

        private DatasetFileException unreadable(Exception cause) {
            return new DatasetFileException(
                    location(),
                    "IDX file " + location() + " cannot be read: permission denied. Grant read permission to this user.",
                    cause);
        }
    }

    private static final class ResourceSource extends IdxSource {
        private final ClassLoader loader;
        private final String name;

        ResourceSource(ClassLoader loader, String name) {
            super("class-path resource " + name);
            this.loader = loader;
            this.name = name;
        }

        @Override
        OptionalLong storedLength() {
            return OptionalLong.empty();
        }

        @Override
        InputStream open() {
            InputStream stream = loader.getResourceAsStream(name);
            if (stream == null) {
                throw new DatasetFileException(
                        location(),
                        location() + " not found; the mtlbalance-datasets jar on the class path is incomplete. Rebuild it.");
            }
            return stream;
        }
    }
}
