package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.agreement.Span;
import org.attest.agreement.measures.unitizing.DocumentUnits;

/**
 * Each annotator's spans of one document as unitizing alpha takes them: one coder's overlapping spans of a label
 * joined.
 */
final class CoderUnits {

    private CoderUnits() {
    }

    /** Returns the units of each annotator (their spans, in {@code annotators}' order) for unitizing alpha. */
    static DocumentUnits of(String document, int length, List<String> annotators, List<List<Span>> spans) {
        Map<String, List<Span>> byCoder = new LinkedHashMap<>();
        for (int i = 0; i < annotators.size(); i++) {
            byCoder.put(annotators.get(i), merged(spans.get(i)));
        }
        return DocumentUnits.of(document, length, byCoder);
    }

    // Unitizing cuts each coder's text into units and gaps per label, so one coder's overlapping spans of a label are
    // joined and empty spans dropped; the diff and the other measures still see them separately.
    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::label).thenComparingInt(Span::begin).thenComparingInt(Span::end));
        List<Span> result = new ArrayList<>(sorted.size());
        Span current = null;
        for (Span span : sorted) {
            if (span.length() == 0) {
                continue;
            }
            if (current != null && current.label().equals(span.label()) && span.begin() < current.end()) {
                current = new Span(current.begin(), Math.max(current.end(), span.end()), current.label());
            } else {
                if (current != null) {
                    result.add(current);
                }
                current = span;
            }
        }
        if (current != null) {
            result.add(current);
        }
        return result;
    }
}
