package org.attest.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Builds UTF-8 bytes from strings, reused from document to document: unlike a StringBuilder it does not stay in its
 * slower two-byte form once a document had a character beyond Latin-1, and it needs no copy to encode. Encodes like
 * {@code String.getBytes(UTF_8)}, an unpaired surrogate included (as {@code ?}).
 */
final class Utf8Builder {

    private byte[] bytes = new byte[1 << 16];
    private int size;

    /** Appends {@code text}. */
    Utf8Builder append(String text) {
        return append(text, 0, text.length());
    }

    /** Appends the characters of {@code text} from {@code begin} up to {@code end}. */
    Utf8Builder append(String text, int begin, int end) {
        ensure((end - begin) * 3);
        byte[] b = bytes;
        int n = size;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = n;
        return this;
    }

    /** Appends the characters of {@code chars} from {@code begin} up to {@code end}. */
    Utf8Builder append(char[] chars, int begin, int end) {
        ensure(end - begin);
        byte[] b = bytes;
        int n = size;
        int i = begin;
        // ASCII first: most of a news text, one byte per character
        while (i < end && chars[i] < 0x80) {
            b[n++] = (byte) chars[i++];
        }
        size = n;
        if (i < end) {
            append(new String(chars, i, end - i));
        }
        return this;
    }

    /** Appends the ASCII character {@code c}. */
    Utf8Builder ascii(char c) {
        if (c >= 0x80) {
            throw new IllegalArgumentException("not an ASCII character: " + (int) c);
        }
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** Returns the bytes built so far and starts over. */
    byte[] take() {
        byte[] taken = Arrays.copyOf(bytes, size);
        size = 0;
        return taken;
    }

    /** Writes the bytes built so far to {@code out} and starts over. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
