package org.attest.store.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes unsigned variable-length numbers, UTF-8 strings and raw bytes into a growing array, for a cache entry. */
public final class Encoder {

    private byte[] bytes = new byte[256];
    private int size;

    /** Creates an empty encoder. */
    public Encoder() {
    }

    /** Appends {@code value}, which must not be negative, in 1 to 5 bytes. */
    public void number(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("cannot encode the negative number " + value);
        }
        varint(value);
    }

    /** Appends {@code value}, which may be negative, zigzag-coded so small magnitudes take few bytes. */
    public void signed(int value) {
        varint(value << 1 ^ value >> 31);
    }

    /** Appends the 32 bits of {@code bits} as an unsigned number, seven bits a byte. */
    private void varint(int bits) {
        ensure(5);
        int v = bits;
        while ((v & ~0x7F) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** Appends the 8 bytes of {@code value}, big-endian. */
    public void bits(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    /** Appends {@code value} as its UTF-8 length and bytes. */
    public void string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        raw(utf8, utf8.length);
    }

    /** Appends the first {@code length} bytes of {@code value} as they are. */
    public void raw(byte[] value, int length) {
        ensure(length);
        System.arraycopy(value, 0, bytes, size, length);
        size += length;
    }

    /** Returns a copy of the bytes appended so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
