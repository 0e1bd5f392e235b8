package org.attest.io.export;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A span annotation to export.
 *
 * @param layer the layer name, such as {@code Entity}
 * @param begin the offset of the first character
 * @param end the offset after the last character
 * @param label the value of the layer's label feature, or {@code null} when unset
 * @param features every set feature by name, the label feature included: String, Double, Boolean, or an Integer index
 *     into the document's spans for a span link
 */
public record ExportSpan(String layer, int begin, int end, String label, SortedMap<String, Object> features) {

    /** Checks the components and makes {@code features} an unmodifiable sorted copy. */
    public ExportSpan {
        Objects.requireNonNull(layer, "layer");
        features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
    }

    /** Returns the key the export report counts this span under: {@code layer/label}. */
    public String key() {
        return layer + "/" + (label == null ? "-" : label);
    }
}
