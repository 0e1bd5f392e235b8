package org.attest.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole file into memory, refusing missing, non-regular and oversize files before reading them. */
final class FileBytes {

    /**
     * Heap an import takes per byte of input at its peak: the bytes, the decoded text, the parser's copy, the CAS, the
     * UTF-8 bytes written back (measured: a 60 MB XMI peaks near 700 MB).
     */
    static final long HEAP_PER_BYTE = 12;

    private FileBytes() {
    }

    /** Returns the bytes of {@code file} within the size limit and memory budget of {@code options}. */
    static byte[] read(Path file, ImportOptions options) throws ImportException {
        return read(file, options.maxFileBytes(), options.memoryBytes());
    }

    /**
     * Returns the bytes of {@code file}, at most {@code maxBytes} of them, if importing them fits in
     * {@code memoryBytes}.
     */
    static byte[] read(Path file, long maxBytes, long memoryBytes) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException(file + ": the file does not exist; check the path");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": not a regular file; give a file or a folder of files");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, size, maxBytes);
            }
            checkMemory(file, size, memoryBytes);
            // The file may grow between size() and reading, so the limit is enforced on the bytes read too.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(file, bytes.length, maxBytes);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage()
                    + "); check that it exists and that you may read it", e);
        }
    }

    // Checked before reading: an OutOfMemoryError halfway through an import would tell the user nothing about the file.
    private static void checkMemory(Path file, long size, long memoryBytes) throws ImportLimitException {
        long needed = size > Long.MAX_VALUE / HEAP_PER_BYTE ? Long.MAX_VALUE : size * HEAP_PER_BYTE;
        if (needed > memoryBytes) {
            throw new ImportLimitException(ImportLimitException.Limit.MEMORY, file, needed, memoryBytes,
                    file + ": the file has "
                            + size(size) + "; importing it takes about " + size(needed) + " of memory, more than the "
                            + size(memoryBytes)
                            + " this run may use; split it, or run the import with more memory");
        }
    }

    private static ImportLimitException tooLarge(Path file, long size, long maxBytes) {
        return new ImportLimitException(ImportLimitException.Limit.FILE_SIZE, file, size, maxBytes,
                file + ": the file has "
                        + size(size) + ", more than the import limit of " + size(maxBytes)
                        + "; split it, or raise the limit");
    }

    /** Returns {@code bytes} for messages: as bytes below a megabyte, else in megabytes (MiB) with one decimal. */
    static String size(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : megabytes(bytes) + " MB";
    }

    /** Returns {@code bytes} in megabytes (MiB) with one decimal, for messages. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Returns the 1-based line of the byte at {@code offset}, counting line feeds before it. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Returns the index of the first NUL byte, or -1. */
    static int firstNul(byte[] bytes, int limit) {
        for (int i = 0; i < Math.min(limit, bytes.length); i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
