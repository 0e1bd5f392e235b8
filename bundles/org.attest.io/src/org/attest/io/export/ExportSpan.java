package org.attest.io.export;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A span annotation to export.
 *
 * @param layer the Attest layer name
 * @param begin the offset of the first character, in UTF-16 units
 * @param end the offset after the last character, in UTF-16 units
 * @param label the value of the layer's label feature, or {@code null}
 * @param features every set feature by name, the label feature included: String, Double, Boolean, or an Integer index
 *        into the spans for a span link
 */
public record ExportSpan(String layer, int begin, int end, String label, SortedMap<String, Object> features) {

    /** Checks the layer and makes {@code features} an unmodifiable sorted copy. */
    public ExportSpan {
        Objects.requireNonNull(layer, "layer");
        features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
    }
}
