package org.attest.io.export;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A relation annotation to export, between two spans of the same document.
 *
 * @param layer the relation layer name, such as {@code Attribution}
 * @param from the index of the source span in {@link ExportDocument#spans()}
 * @param to the index of the target span in {@link ExportDocument#spans()}
 * @param features every set feature by name, typed as in {@link ExportSpan#features()}
 */
public record ExportRelation(String layer, int from, int to, SortedMap<String, Object> features) {

    /** Checks the components and makes {@code features} an unmodifiable sorted copy. */
    public ExportRelation {
        Objects.requireNonNull(layer, "layer");
        features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
    }
}
