package org.attest.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file into memory, refusing missing, non-regular and oversize files. */
final class FileBytes {

    private FileBytes() {
    }

    /** Returns the bytes of {@code file}, at most {@code maxBytes} of them. */
    static byte[] read(Path file, long maxBytes) throws ImportException {
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

    private static ImportException tooLarge(Path file, long size, long maxBytes) {
        return new ImportException(file + ": the file has " + size + " bytes, more than the import limit of "
                + maxBytes + " bytes; split it, or raise the limit with --max-file-size (ImportOptions.maxFileBytes)");
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
