package org.attest.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows of a passage or an annotation, kept as one stored field of its Lucene document (one field instead
 * of eight makes indexing cheaper): offsets, and for an annotation its annotator, layer, label and words in context.
 *
 * @param begin where the passage or annotation starts in the text
 * @param end where it ends
 * @param annotator the annotator ("gold" for the gold), null for a passage
 * @param layer the layer, null for a passage
 * @param label the label, null when the annotation has none
 * @param before the words before an annotation, null for a passage
 * @param match the covered words of an annotation, or the whole passage
 * @param after the words after an annotation, null for a passage
 */
record StoredHit(int begin, int end, String annotator, String layer, String label, String before, String match,
        String after) {

    /** Returns the hit of a passage over [begin, end) of the text, whose words are {@code passage}. */
    static StoredHit passage(int begin, int end, String passage) {
        return new StoredHit(begin, end, null, null, null, null, passage, null);
    }

    /** Returns this hit as the stored field of its Lucene document. */
    StoredField field() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(begin);
            out.writeVInt(end);
            for (String value : new String[]{annotator, layer, label, before, match, after}) {
                out.writeByte((byte) (value == null ? 0 : 1));
                if (value != null) {
                    out.writeString(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory only
        }
        return new StoredField(SearchFields.SHOWN, new BytesRef(out.toArrayCopy()));
    }

    /** Reads the hit back from the stored field's bytes. */
    static StoredHit read(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            int begin = in.readVInt();
            int end = in.readVInt();
            String[] values = new String[6];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readByte() == 0 ? null : in.readString();
            }
            return new StoredHit(begin, end, values[0], values[1], values[2], values[3], values[4], values[5]);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory only
        }
    }
}
