package org.attest.cas;

import java.io.ByteArrayOutputStream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;

/**
 * The sentences and tokens of a CAS as a {@code .bcas} file of form 2 keeps them, apart from the UIMA data: the
 * sentences, then the tokens, each list a count and one entry per span in index order. An entry is one byte
 * {@code gap << 6 | length} when the gap from the end of the span before (0 at the start) is 0 to 3 and the length 0
 * to 62, else the byte {@code 0xFF} followed by the gap and the length as zigzag varints (protobuf's encoding), so any
 * span, even an inverted or overlapping one, is kept as it was. Counts are plain varints.
 */
final class SpanBlock {

    private static final int ESCAPE = 0xFF;
    private static final int MAX_GAP = 3;
    private static final int MAX_LENGTH = 62;

    private SpanBlock() {
    }

    /** Returns the block of the sentences and tokens indexed in {@code cas}. */
    static byte[] encode(CAS cas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        for (String name : new String[]{AttestTypes.SENTENCE, AttestTypes.TOKEN}) {
            Type type = cas.getTypeSystem().getType(name);
            var index = cas.getAnnotationIndex(type);
            writeVarint(out, index.size());
            long previousEnd = 0;
            for (AnnotationFS span : index) {
                long gap = span.getBegin() - previousEnd;
                long length = (long) span.getEnd() - span.getBegin();
                if (gap >= 0 && gap <= MAX_GAP && length >= 0 && length <= MAX_LENGTH) {
                    out.write((int) (gap << 6 | length));
                } else {
                    out.write(ESCAPE);
                    writeVarint(out, zigzag(gap));
                    writeVarint(out, zigzag(length));
                }
                previousEnd = span.getEnd();
            }
        }
        return out.toByteArray();
    }

    /**
     * Adds to {@code cas} the sentences and tokens of the block in {@code bytes} from {@code from}, {@code length}
     * bytes long; {@code name}, the file, is named when the block is damaged.
     */
    static void decode(byte[] bytes, int from, int length, CAS cas, String name) throws CasFormatException {
        Reader in = new Reader(bytes, from, from + length, name);
        for (String typeName : new String[]{AttestTypes.SENTENCE, AttestTypes.TOKEN}) {
            Type type = cas.getTypeSystem().getType(typeName);
            long count = in.varint();
            if (count > length) {
                throw in.damaged();
            }
            long previousEnd = 0;
            for (long i = 0; i < count; i++) {
                int first = in.next();
                long begin;
                long end;
                if (first == ESCAPE) {
                    begin = previousEnd + unzigzag(in.varint());
                    end = begin + unzigzag(in.varint());
                } else {
                    begin = previousEnd + (first >>> 6);
                    end = begin + (first & 0x3F);
                }
                if (begin != (int) begin || end != (int) end) {
                    throw in.damaged();
                }
                cas.addFsToIndexes(cas.createAnnotation(type, (int) begin, (int) end));
                previousEnd = end;
            }
        }
        if (in.position != from + length) {
            throw in.damaged();
        }
    }

    private static long zigzag(long value) {
        return value << 1 ^ value >> 63;
    }

    private static long unzigzag(long value) {
        return value >>> 1 ^ -(value & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) (rest & 0x7F | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    /** Reads a block, refusing to run past its end. */
    private static final class Reader {

        private final byte[] bytes;
        private final int end;
        private final String name;
        private int position;

        Reader(byte[] bytes, int from, int end, String name) {
            this.bytes = bytes;
            this.position = from;
            this.end = end;
            this.name = name;
        }

        int next() throws CasFormatException {
            if (position >= end) {
                throw damaged();
            }
            return bytes[position++] & 0xFF;
        }

        long varint() throws CasFormatException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw damaged();
        }

        CasFormatException damaged() {
            return new CasFormatException(name + ": its sentences and tokens, kept before the UIMA data, are damaged;"
                    + " restore the file from version control or a backup");
        }
    }
}
