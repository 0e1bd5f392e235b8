package org.attest.store.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link Encoder} wrote from a range of an array, failing on anything that runs past the range's end. */
public final class Decoder {

    private final byte[] bytes;
    private final int limit;
    private int position;

    /** Creates a decoder of {@code bytes} from index {@code from} up to (not including) {@code limit}. */
    public Decoder(byte[] bytes, int from, int limit) {
        this.bytes = bytes;
        this.position = from;
        this.limit = limit;
    }

    /** Reads a number {@link Encoder#number(int)} wrote. */
    public int number() {
        int value = varint();
        if (value < 0) {
            throw new IllegalArgumentException("a number is malformed at byte " + position);
        }
        return value;
    }

    /** Reads a number {@link Encoder#signed(int)} wrote. */
    public int signed() {
        int zigzag = varint();
        return zigzag >>> 1 ^ -(zigzag & 1);
    }

    /** Reads 32 bits written seven a byte, in at most 5 bytes. */
    private int varint() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            require(1);
            byte b = bytes[position++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("a number is malformed at byte " + position);
    }

    /** Reads 8 bytes {@link Encoder#bits(long)} wrote. */
    public long bits() {
        require(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | bytes[position++] & 0xFF;
        }
        return value;
    }

    /** Reads a string {@link Encoder#string(String)} wrote. */
    public String string() {
        int length = number();
        require(length);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** Reads {@code length} raw bytes. */
    public byte[] bytes(int length) {
        require(length);
        byte[] value = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    /** Skips {@code length} bytes. */
    public void skip(int length) {
        require(length);
        position += length;
    }

    /** Returns the index of the next byte to read. */
    public int position() {
        return position;
    }

    /** Fails unless every byte up to the limit was read. */
    public void requireEnd() {
        if (position != limit) {
            throw new IllegalArgumentException((limit - position) + " unread byte(s) follow at byte " + position);
        }
    }

    /**
     * Reads a count {@link Encoder#number(int)} wrote of things that take at least {@code minBytesEach} bytes each,
     * failing when that many cannot fit in the bytes left, so that a damaged count never sizes an allocation.
     */
    public int count(int minBytesEach) {
        int at = position;
        int count = number();
        if (count > remaining() / Math.max(1, minBytesEach)) {
            throw new IllegalArgumentException("a count of " + count + " at byte " + at + " cannot fit in the "
                    + remaining() + " bytes left");
        }
        return count;
    }

    /** Returns how many bytes are left up to the limit. */
    public int remaining() {
        return limit - position;
    }

    private void require(int length) {
        // compared as a difference: position + length overflows for a damaged length near Integer.MAX_VALUE
        if (length < 0 || length > limit - position) {
            throw new IllegalArgumentException("it ends early at byte " + position);
        }
    }
}
