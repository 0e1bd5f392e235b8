package org.attest.export;

import java.util.ArrayList;
import java.util.List;

import org.attest.io.export.ExportRelation;
import org.attest.io.export.ExportSpan;
import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;

/**
 * What the export takes from one CAS file: segmentation and annotations, without the text and metadata the corpus
 * model and the text file give. The segmentation (thousands of offsets) stays encoded until a format asks for it.
 *
 * @param segmentation the sentence and token offsets as {@link #encode} wrote them
 * @param spans span annotations in export order
 * @param relations relation annotations in export order
 */
record Converted(byte[] segmentation, List<ExportSpan> spans, List<ExportRelation> relations) {

    /** Creates the value of {@code sentences} and {@code tokens} (offsets as {@code {begin, end}} in text order). */
    static Converted of(List<int[]> sentences, List<int[]> tokens, List<ExportSpan> spans,
            List<ExportRelation> relations) {
        Encoder out = new Encoder();
        encode(sentences, out);
        encode(tokens, out);
        return new Converted(out.toByteArray(), spans, relations);
    }

    /** Returns the sentence offsets, then the token offsets. */
    List<List<int[]>> decodeSegmentation() {
        Decoder in = new Decoder(segmentation, 0, segmentation.length);
        List<int[]> sentences = decode(in);
        List<int[]> tokens = decode(in);
        in.requireEnd();
        return List.of(sentences, tokens);
    }

    /**
     * Fails with an IllegalArgumentException unless {@code segmentation} decodes, without decoding it into lists: a
     * cached value that passed is safe to decode when a format asks for it.
     */
    static void check(byte[] segmentation) {
        Decoder in = new Decoder(segmentation, 0, segmentation.length);
        for (int list = 0; list < 2; list++) {
            for (int i = in.count(2); i > 0; i--) {
                in.signed();
                in.signed();
            }
        }
        in.requireEnd();
    }

    private static void encode(List<int[]> offsets, Encoder out) {
        out.number(offsets.size());
        int previous = 0;
        for (int[] o : offsets) {
            // each begin as the distance from the previous one: small, as offsets come in text order
            out.signed(o[0] - previous);
            out.signed(o[1] - o[0]);
            previous = o[0];
        }
    }

    private static List<int[]> decode(Decoder in) {
        // a begin and a length: two bytes at least
        int count = in.count(2);
        List<int[]> offsets = new ArrayList<>(count);
        int previous = 0;
        for (int i = 0; i < count; i++) {
            int begin = previous + in.signed();
            offsets.add(new int[]{begin, begin + in.signed()});
            previous = begin;
        }
        return offsets;
    }
}
