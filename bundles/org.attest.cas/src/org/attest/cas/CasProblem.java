package org.attest.cas;

/**
 * One inconsistency found in a CAS by the {@link CasDoctor}: its kind, the layer, the offsets and a readable message.
 */
public record CasProblem(Kind kind, String layer, int begin, int end, String message) {

    /** The kinds of inconsistency a CAS can have. */
    public enum Kind {
        /** The CAS's text differs from the document's stored source text. */
        TEXT_MISMATCH,
        /** An annotation begins or ends before offset 0. */
        NEGATIVE_OFFSET,
        /** An annotation ends before it begins. */
        INVERTED_SPAN,
        /** An annotation ends after the end of the text. */
        SPAN_OUTSIDE_TEXT,
        /** A relation or span link points to nothing or to an annotation that is no longer indexed. */
        DANGLING_RELATION,
        /** A tagset feature holds a tag that the layer's tagset does not have. */
        UNKNOWN_TAG
    }
}
