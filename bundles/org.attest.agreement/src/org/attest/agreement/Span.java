package org.attest.agreement;

import java.util.Comparator;
import java.util.Objects;

/**
 * A labelled stretch of a document's text, from {@code begin} (inclusive) to {@code end} (exclusive),
 * in character offsets.
 *
 * @param begin the offset of the first character
 * @param end the offset after the last character
 * @param label the category of the span, for example {@code "PERSON"}
 */
public record Span(int begin, int end, String label) implements Comparable<Span> {

    // Position first, then label: the order in which a reader scans a document.
    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::begin)
            .thenComparingInt(Span::end).thenComparing(Span::label);

    /** Checks that the offsets are ordered and the label is present. */
    public Span {
        Objects.requireNonNull(label, "label");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span [" + begin + "," + end + ") '" + label
                    + "' has negative or inverted offsets; begin must be >= 0 and <= end");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException(
                    "span [" + begin + "," + end + ") has a blank label; give every span a category");
        }
    }

    /** Returns the number of characters covered. */
    public int length() {
        return end - begin;
    }

    /** Returns the number of characters this span shares with {@code other}, zero when they do not overlap. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    /** Orders spans by begin, then end, then label. */
    @Override
    public int compareTo(Span other) {
        return ORDER.compare(this, other);
    }
}
