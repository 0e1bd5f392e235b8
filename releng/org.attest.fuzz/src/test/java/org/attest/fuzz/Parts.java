package org.attest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Splits one fuzz input into the files of a format that spans several files, at a separator line seeds show plainly.
 */
final class Parts {

    /** The line between two files in one input. */
    static final byte[] SEPARATOR = "\n=== next file ===\n".getBytes(StandardCharsets.US_ASCII);

    private Parts() {
    }

    /**
     * Returns at most {@code count} parts of {@code input}, each at least an empty array, null for a part the input
     * does not reach (its file is absent); the last part takes the rest, separators included.
     */
    static byte[][] split(byte[] input, int count) {
        byte[][] parts = new byte[count][];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int at = i == count - 1 ? -1 : indexOf(input, SEPARATOR, start);
            if (at < 0) {
                parts[i] = Arrays.copyOfRange(input, start, input.length);
                return parts;
            }
            parts[i] = Arrays.copyOfRange(input, start, at);
            start = at + SEPARATOR.length;
        }
        return parts;
    }

    /** Returns {@code parts} joined with the separator, the form {@link #split} reads; for writing seeds. */
    static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(SEPARATOR);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] input, byte[] marker, int from) {
        for (int i = from; i + marker.length <= input.length; i++) {
            if (Arrays.equals(input, i, i + marker.length, marker, 0, marker.length)) {
                return i;
            }
        }
        return -1;
    }
}
