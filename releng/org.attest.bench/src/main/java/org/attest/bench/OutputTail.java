package org.attest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The last bytes of a stream read to its end, in a ring buffer: a command's output of any length in bounded memory. */
final class OutputTail {

    private final byte[] ring;
    private long written;

    /** Creates a tail that keeps the last {@code capacity} bytes. */
    OutputTail(int capacity) {
        this.ring = new byte[capacity];
    }

    /** Reads {@code in} to its end, keeping its last bytes; a failure to read ends the reading. */
    void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                add(buffer, n);
            }
        } catch (IOException e) {
            // the process ended or was killed; what was read is kept
        }
    }

    /** Keeps the first {@code length} bytes of {@code bytes} as the stream's latest. */
    synchronized void add(byte[] bytes, int length) {
        // of a chunk longer than the ring, only its end can stay
        int skipped = Math.max(0, length - ring.length);
        written += skipped;
        for (int i = skipped; i < length; i++) {
            ring[(int) (written++ % ring.length)] = bytes[i];
        }
    }

    /** Returns the bytes kept, oldest first, as UTF-8 (a character cut at the start shows as a replacement). */
    synchronized String text() {
        int size = (int) Math.min(written, ring.length);
        byte[] kept = new byte[size];
        int start = (int) ((written - size) % ring.length);
        for (int i = 0; i < size; i++) {
            kept[i] = ring[(start + i) % ring.length];
        }
        return new String(kept, StandardCharsets.UTF_8);
    }
}
