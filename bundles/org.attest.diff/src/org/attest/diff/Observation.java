package org.attest.diff;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One annotation as the diff compares it: where it lies and the values it holds, read from a CAS once, so that a
 * document can be compared again without its CASes.
 *
 * @param position the annotation's layer and offsets (a relation's: its two endpoints' offsets)
 * @param label the value of the layer's label feature, as in {@link Configuration#label()}
 * @param features the other features' values as text, as in {@link Configuration#features()}
 */
public record Observation(Position position, String label, SortedMap<String, String> features) {

    /** Checks that the parts are present and makes the features unmodifiable. */
    public Observation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(label, "label");
        features = features.isEmpty()
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(features));
    }
}
