package org.attest.bench;

import java.util.Map;

/**
 * One span annotation of a synthetic document: a layer of the default news schema, character offsets [begin, end),
 * its label (the layer's "type" tag) and further feature values in a fixed order.
 *
 * @param layer the span layer, such as "Entity"
 * @param begin the first character offset
 * @param end the offset after the last character; equal to {@code begin} for a zero-length span
 * @param label the tag of the layer's label feature
 * @param features other feature values (Double for numbers, String otherwise), in insertion order
 */
public record Mark(String layer, int begin, int end, String label, Map<String, Object> features) {

    /** Checks the offsets and copies the features so a mark never changes. */
    public Mark {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(layer + " mark [" + begin + "," + end + ") has invalid offsets");
        }
        features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    }

    /** Returns this mark moved to [begin, end). */
    public Mark withRange(int newBegin, int newEnd) {
        return new Mark(layer, newBegin, newEnd, label, features);
    }

    /** Returns this mark with another label. */
    public Mark withLabel(String newLabel) {
        return new Mark(layer, begin, end, newLabel, features);
    }
}
