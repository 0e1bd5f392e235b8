package org.attest.edit;

/** A character range [begin, end) of a document's text, in UTF-16 offsets as the CAS counts them. */
public record Span(int begin, int end) {

    /** Checks that the range is not inverted or negative. */
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    "[" + begin + "," + end + ") is not a range of text; begin must be 0 or more and at most end");
        }
    }

    /** Returns whether the range holds no characters (a caret position). */
    public boolean isEmpty() {
        return begin == end;
    }
}
