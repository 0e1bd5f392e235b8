package org.attest.store.fs.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.attest.store.fs.AtomicFiles;

/**
 * Child process main: rewrites one file with {@link AtomicFiles#write} forever, alternating two
 * versions, until it is killed.
 */
public final class TortureWriter {

    /** Size of each version; several megabytes, so a kill often lands mid-write. */
    static final int SIZE = 4 * 1024 * 1024;

    private TortureWriter() {
    }

    /** Writes {@code args[0]} alternately with versions A and B, streaming, and prints "ready" once. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        byte[][] versions = {version('A'), version('B')};
        for (long round = 0;; round++) {
            byte[] content = versions[(int) (round % 2)];
            // Streamed in small pieces so the temporary file grows gradually, as a real save does.
            AtomicFiles.write(target, out -> {
                for (int offset = 0; offset < content.length; offset += 8192) {
                    out.write(content, offset, Math.min(8192, content.length - offset));
                }
            });
            if (round == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }

    /** Returns the content of a version: a header naming it, then a byte pattern unique to it. */
    static byte[] version(char name) {
        byte[] content = new byte[SIZE];
        byte[] header = ("ATTEST TORTURE VERSION " + name + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        for (int i = header.length; i < content.length; i++) {
            content[i] = (byte) (i * 31 + name);
        }
        return content;
    }
}
