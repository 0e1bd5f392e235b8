package org.attest.diff;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One distinct set of compared feature values at a position, and the annotators who chose it.
 *
 * @param label the value of the layer's label feature; the layer's name when the layer has no label feature, and
 *     {@code "(none)"} when the label is unset
 * @param features the other features' values as text, by feature name; unset features are absent, numbers are written
 *     without a trailing ".0", span links as the linked span's offsets {@code [begin,end)}
 * @param annotators the annotators holding an annotation with exactly these values here, sorted
 */
public record Configuration(String label, SortedMap<String, String> features, SortedSet<String> annotators) {

    /** Checks that the parts are present and makes them unmodifiable. */
    public Configuration {
        Objects.requireNonNull(label, "label");
        features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
        annotators = Collections.unmodifiableSortedSet(new TreeSet<>(annotators));
    }

    /** Returns whether {@code annotator} holds this configuration. */
    public boolean has(String annotator) {
        return annotators.contains(annotator);
    }
}
