package org.attest.store.cache;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link Encoder} wrote from a stream, front to back, so that a cache file is indexed without being held in
 * memory; it fails on anything that runs past the given end.
 */
final class StreamReader {

    private final InputStream in;
    private final long limit;
    private long position;
    private final byte[] skipBuffer = new byte[8192];

    /** Reads {@code in}, whose first byte is at {@code position}, up to (not including) {@code limit}. */
    StreamReader(InputStream in, long position, long limit) {
        this.in = in;
        this.position = position;
        this.limit = limit;
    }

    /** Reads a number {@link Encoder#number(int)} wrote. */
    int number() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = next();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IllegalArgumentException("a number is malformed at byte " + position);
                }
                return value;
            }
        }
        throw new IllegalArgumentException("a number is malformed at byte " + position);
    }

    /** Reads a string {@link Encoder#string(String)} wrote. */
    String string() throws IOException {
        return new String(bytes(number()), StandardCharsets.UTF_8);
    }

    /** Reads {@code length} bytes. */
    byte[] bytes(int length) throws IOException {
        require(length);
        byte[] value = in.readNBytes(length);
        if (value.length != length) {
            throw new EOFException("the file ends at byte " + (position + value.length));
        }
        position += length;
        return value;
    }

    /** Reads {@code length} bytes without keeping them. */
    void skip(long length) throws IOException {
        require(length);
        long left = length;
        while (left > 0) {
            int read = in.read(skipBuffer, 0, (int) Math.min(skipBuffer.length, left));
            if (read < 0) {
                throw new EOFException("the file ends at byte " + (position + length - left));
            }
            left -= read;
        }
        position += length;
    }

    /**
     * Reads a count of things that take at least {@code minBytesEach} bytes each, failing when that many cannot fit
     * in the bytes left, so that a damaged count never sizes an allocation.
     */
    int count(int minBytesEach) throws IOException {
        long at = position;
        int count = number();
        if (count > (limit - position) / Math.max(1, minBytesEach)) {
            throw new IllegalArgumentException(
                    "a count of " + count + " at byte " + at + " cannot fit in the " + (limit - position)
                            + " bytes left");
        }
        return count;
    }

    /** Returns the index of the next byte to read. */
    long position() {
        return position;
    }

    /** Fails unless every byte up to the limit was read. */
    void requireEnd() {
        if (position != limit) {
            throw new IllegalArgumentException((limit - position) + " unread byte(s) follow at byte " + position);
        }
    }

    private int next() throws IOException {
        require(1);
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the file ends at byte " + position);
        }
        position++;
        return b;
    }

    private void require(long length) {
        if (length < 0 || length > limit - position) {
            throw new IllegalArgumentException(
                    "a length of " + length + " at byte " + position + " runs past the end at byte " + limit);
        }
    }
}
