package org.attest.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A relation annotation read from a file, linking two spans of the same article.
 *
 * @param layer the Attest relation layer name, such as {@code Attribution}
 * @param from the index of the source span in the article's spans
 * @param to the index of the target span in the article's spans
 * @param features feature values by Attest feature name, typed as in {@link SpanRecord#features()}
 */
public record RelationRecord(String layer, int from, int to, Map<String, Object> features) {

    /** Checks the components and makes {@code features} an unmodifiable, order-keeping copy. */
    public RelationRecord {
        Objects.requireNonNull(layer, "layer");
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }
}
