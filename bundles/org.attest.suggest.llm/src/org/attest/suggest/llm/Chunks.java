package org.attest.suggest.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;

/**
 * Cuts a document's text into the parts sent in one chat each: whole sentences, at most a given number of characters
 * unless one sentence alone is longer, so that a long article does not overflow the model's context, which some
 * servers would cut short without saying so.
 */
final class Chunks {

    private Chunks() {
    }

    /** Returns the parts of the text of {@code cas} as {@code [begin, end)} pairs that together cover all of it. */
    static List<int[]> of(CAS cas, int max) {
        int length = cas.getDocumentText().length();
        TreeSet<Integer> cuts = new TreeSet<>();
        Type sentence = cas.getTypeSystem().getType(AttestTypes.SENTENCE);
        if (sentence != null) {
            for (AnnotationFS s : cas.<AnnotationFS>getAnnotationIndex(sentence)) {
                if (s.getBegin() > 0 && s.getBegin() < length) {
                    cuts.add(s.getBegin());
                }
            }
        }
        cuts.add(length);
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        int fitting = 0;
        for (int cut : cuts) {
            if (cut - start > max && fitting > start) {
                parts.add(new int[]{start, fitting});
                start = fitting;
            }
            if (cut - start > max) {
                // one sentence longer than the limit is sent whole: cutting it would cut mentions in two
                parts.add(new int[]{start, cut});
                start = cut;
            }
            fitting = cut;
        }
        if (start < length) {
            parts.add(new int[]{start, length});
        }
        return parts;
    }
}
