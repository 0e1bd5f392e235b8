package org.attest.cas;

import java.util.List;
import java.util.Objects;

/**
 * The sentences and tokens a source fixed for a text (CoNLL, a tokenized XMI, Hugging Face token lists), as character
 * offsets into that text, kept instead of segmenting the text again.
 *
 * @param sentences the sentences in text order, not overlapping, none empty
 * @param tokens the tokens in text order, not overlapping, none empty
 */
public record Segmentation(List<Span> sentences, List<Span> tokens) {

    /** One sentence or token: the characters from {@code begin} (inclusive) to {@code end} (exclusive). */
    public record Span(int begin, int end) {
    }

    /** Copies the lists and checks that each is ordered, without overlaps and without empty spans. */
    public Segmentation {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        checkOrdered(sentences, "sentence");
        checkOrdered(tokens, "token");
    }

    /** Checks that every span lies inside a text of {@code length} characters, naming the first that does not. */
    public void checkWithin(int length) {
        for (List<Span> spans : List.of(sentences, tokens)) {
            if (!spans.isEmpty() && spans.get(spans.size() - 1).end() > length) {
                Span last = spans.get(spans.size() - 1);
                throw new IllegalArgumentException("the segment " + last.begin() + "-" + last.end()
                        + " ends after the text, which has " + length + " characters");
            }
        }
    }

    private static void checkOrdered(List<Span> spans, String what) {
        int previousEnd = 0;
        for (Span span : spans) {
            Objects.requireNonNull(span, what);
            if (span.begin() < previousEnd || span.end() <= span.begin()) {
                throw new IllegalArgumentException("the " + what + " " + span.begin() + "-" + span.end()
                        + " is empty, out of order or overlaps the one before it");
            }
            previousEnd = span.end();
        }
    }
}
