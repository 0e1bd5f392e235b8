package org.attest.suggest.model;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;

/** The sentences of a CAS with their tokens, as OpenNLP takes them: from the CAS's Sentence and Token annotations. */
final class Segments {

    /**
     * One sentence.
     *
     * @param begin the offset of its first character
     * @param end the offset after its last character
     * @param begins the begin offset of each token
     * @param ends the end offset of each token
     * @param words the text of each token
     */
    record Sentence(int begin, int end, int[] begins, int[] ends, String[] words) {

        /** Returns the index of the token that begins at {@code offset}, or -1. */
        int tokenBeginningAt(int offset) {
            int i = java.util.Arrays.binarySearch(begins, offset);
            return i >= 0 ? i : -1;
        }

        /** Returns the index of the token that ends at {@code offset}, or -1. */
        int tokenEndingAt(int offset) {
            int i = java.util.Arrays.binarySearch(ends, offset);
            return i >= 0 ? i : -1;
        }
    }

    private Segments() {
    }

    /** Returns the sentences of {@code cas} in text order, each with the tokens that lie inside it. */
    static List<Sentence> of(CAS cas) {
        String text = cas.getDocumentText();
        List<AnnotationFS> tokens = all(cas, AttestTypes.TOKEN);
        List<Sentence> sentences = new ArrayList<>();
        int t = 0;
        for (AnnotationFS sentence : all(cas, AttestTypes.SENTENCE)) {
            while (t < tokens.size() && tokens.get(t).getBegin() < sentence.getBegin()) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.get(t).getEnd() <= sentence.getEnd()) {
                t++;
            }
            List<AnnotationFS> inside = tokens.subList(first, t);
            int[] begins = new int[inside.size()];
            int[] ends = new int[inside.size()];
            String[] words = new String[inside.size()];
            for (int i = 0; i < inside.size(); i++) {
                begins[i] = inside.get(i).getBegin();
                ends[i] = inside.get(i).getEnd();
                words[i] = text.substring(begins[i], ends[i]);
            }
            sentences.add(new Sentence(sentence.getBegin(), sentence.getEnd(), begins, ends, words));
        }
        return sentences;
    }

    private static List<AnnotationFS> all(CAS cas, String typeName) {
        Type type = cas.getTypeSystem().getType(typeName);
        List<AnnotationFS> result = new ArrayList<>();
        if (type != null) {
            for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
                result.add(fs);
            }
        }
        return result;
    }
}
