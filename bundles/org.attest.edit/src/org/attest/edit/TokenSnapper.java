package org.attest.edit;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;

/** Extends a character selection to whole tokens, so that a span never starts or ends inside a word. */
public final class TokenSnapper {

    private TokenSnapper() {
    }

    /**
     * Returns the selection [begin, end) widened to the tokens it touches and trimmed of the whitespace around them; a
     * caret in or right after a word selects that word; a selection of whitespace only gives an empty span at its
     * start.
     */
    public static Span snap(CAS cas, int begin, int end) {
        String text = cas.getDocumentText();
        if (text == null) {
            throw new IllegalArgumentException("The CAS has no text to select in");
        }
        int from = clamp(Math.min(begin, end), text.length());
        int to = clamp(Math.max(begin, end), text.length());
        Type tokenType = cas.getTypeSystem().getType(AttestTypes.TOKEN);
        if (tokenType == null) {
            throw new IllegalArgumentException(
                    "The CAS has no " + AttestTypes.TOKEN + " type; create it with CasFactory");
        }
        return from == to ? caret(cas, tokenType, from) : range(cas, tokenType, from, to);
    }

    private static Span range(CAS cas, Type tokenType, int from, int to) {
        int first = -1;
        int last = -1;
        for (AnnotationFS token : cas.getAnnotationIndex(tokenType)) {
            if (token.getBegin() >= to) {
                break; // tokens come in begin order, so no later one can overlap the selection
            }
            if (token.getEnd() > from) {
                first = first < 0 ? token.getBegin() : first;
                last = Math.max(last, token.getEnd());
            }
        }
        return first < 0 ? new Span(from, from) : new Span(first, last);
    }

    private static Span caret(CAS cas, Type tokenType, int at) {
        AnnotationFS before = null;
        AnnotationFS containing = null;
        for (AnnotationFS token : cas.getAnnotationIndex(tokenType)) {
            if (token.getBegin() > at) {
                break;
            }
            if (token.getEnd() == at) {
                before = token;
            } else if (token.getBegin() <= at && at < token.getEnd()) {
                containing = token;
            }
        }
        // At a boundary such as "Kovačić|," the word before the caret is meant, not the punctuation after it.
        if (containing != null && (containing.getBegin() < at || before == null || !isWord(before))) {
            return new Span(containing.getBegin(), containing.getEnd());
        }
        return before == null ? new Span(at, at) : new Span(before.getBegin(), before.getEnd());
    }

    private static boolean isWord(AnnotationFS token) {
        return token.getCoveredText().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
