package org.attest.diff;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where annotations are compared: a span layer and offsets, or a relation layer and the offsets of its two endpoints.
 *
 * @param layer the layer's name
 * @param begin the begin of the span, or of the relation's {@code from} span
 * @param end the end of the span, or of the relation's {@code from} span
 * @param toBegin the begin of the relation's {@code to} span; -1 for a span position
 * @param toEnd the end of the relation's {@code to} span; -1 for a span position
 */
public record Position(String layer, int begin, int end, int toBegin, int toEnd) implements Comparable<Position> {

    // Document order first, so the first disagreement is the one a reader meets first.
    private static final Comparator<Position> ORDER = Comparator.comparingInt(Position::begin)
            .thenComparingInt(Position::end)
            .thenComparingInt(Position::toBegin).thenComparingInt(Position::toEnd).thenComparing(Position::layer);

    /** Checks that the layer is named and the offsets are ordered. */
    public Position {
        Objects.requireNonNull(layer, "layer");
        if (begin < 0 || end < begin || toEnd < toBegin) {
            throw new IllegalArgumentException(
                    "position " + layer + " [" + begin + "," + end + ") has inverted offsets");
        }
    }

    /** Returns the position of a span on {@code layer} over [begin, end). */
    public static Position span(String layer, int begin, int end) {
        return new Position(layer, begin, end, -1, -1);
    }

    /** Returns the position of a relation on {@code layer} from span [fromBegin, fromEnd) to span [toBegin, toEnd). */
    public static Position relation(String layer, int fromBegin, int fromEnd, int toBegin, int toEnd) {
        if (toBegin < 0) {
            throw new IllegalArgumentException("relation position " + layer + " needs the offsets of its to-span");
        }
        return new Position(layer, fromBegin, fromEnd, toBegin, toEnd);
    }

    /** Parses the form {@link #toString()} writes, {@code Claim [3,9)} or {@code Attribution [3,9)->[20,24)}. */
    public static Position parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\s*(\\S+)\\s*\\[(\\d+),(\\d+)\\)(?:\\s*->\\s*\\[(\\d+),(\\d+)\\))?\\s*")
                .matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a position; write it as LAYER [BEGIN,END), e.g. 'Claim [3,9)', "
                            + "or for a relation 'Attribution [3,9)->[20,24)'");
        }
        int begin = Integer.parseInt(m.group(2));
        int end = Integer.parseInt(m.group(3));
        return m.group(4) == null
                ? span(m.group(1), begin, end)
                : relation(m.group(1), begin, end, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }

    /** Returns whether this is the position of a relation rather than a span. */
    public boolean isRelation() {
        return toBegin >= 0;
    }

    /** Returns whether the (from-)span of this position shares at least one character with that of {@code other}. */
    public boolean overlaps(Position other) {
        return Math.min(end, other.end) > Math.max(begin, other.begin);
    }

    /** Orders positions by begin, end, the to-span's offsets, then layer. */
    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    /** Shows the layer and offsets as {@code Claim [3,9)} or {@code Attribution [3,9)->[20,24)}. */
    @Override
    public String toString() {
        return layer + " [" + begin + "," + end + ")" + (isRelation() ? "->[" + toBegin + "," + toEnd + ")" : "");
    }
}
