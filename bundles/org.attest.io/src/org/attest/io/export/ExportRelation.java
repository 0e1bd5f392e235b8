package org.attest.io.export;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A relation annotation to export.
 *
 * @param layer the Attest relation layer name
 * @param from the index of the source span in the document's spans
 * @param to the index of the target span in the document's spans
 * @param features feature values typed as in {@link ExportSpan#features()}
 */
public record ExportRelation(String layer, int from, int to, SortedMap<String, Object> features) {

    /** Checks the layer and makes {@code features} an unmodifiable sorted copy. */
    public ExportRelation {
        Objects.requireNonNull(layer, "layer");
        features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
    }
}
