package org.attest.diff;

import java.util.Objects;

/**
 * An annotator who put {@code count} identical annotations on one position; the diff counts them once.
 *
 * @param annotator the annotator's name
 * @param position where the annotations lie
 * @param label their label
 * @param count how many identical annotations there are (at least two)
 */
public record Stacked(String annotator, Position position, String label, int count) {

    /** Checks that the parts are present. */
    public Stacked {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(position, "position");
    }
}
