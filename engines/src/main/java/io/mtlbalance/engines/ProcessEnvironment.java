package io.mtlbalance.engines;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Reads and writes the environment of this process through the C library, which is the
 * environment native libraries see. {@link System#getenv()} is a copy taken when the JVM
 * started, so it neither shows these writes nor affects native code.
 *
 * <p>Limitations: POSIX {@code setenv} is not thread-safe against concurrent {@code getenv}
 * calls from native code, so call {@link #set} only before the native library that reads the
 * variable is loaded, as the adapters do.
 */
final class ProcessEnvironment {

    private static final C LIBC = Native.load("c", C.class);

    private ProcessEnvironment() {}

    /**
     * Sets variable {@code name} to {@code value}, replacing any earlier value.
     *
     * @throws IllegalStateException if the C library rejects the name or runs out of memory
     */
    static void set(String name, String value) {
        if (LIBC.setenv(name, value, 1) != 0) {
            throw new IllegalStateException(
                    "setenv(" + name + ", " + value + ") failed with errno " + Native.getLastError());
        }
    }

    /** Returns the current value of variable {@code name}, or null when it is not set. */
    static String get(String name) {
        return LIBC.getenv(name);
    }

    /** The two C library functions this class calls. */
    interface C extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }
}
