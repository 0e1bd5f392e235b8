package org.attest.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A span annotation read from a file, independent of any CAS.
 *
 * @param layer the Attest layer name, such as {@code Entity}
 * @param begin the offset of the first character in the article text
 * @param end the offset after the last character
 * @param features feature values by Attest feature name: String, Double or Boolean, or an Integer index into the
 *     article's spans for a span link
 */
public record SpanRecord(String layer, int begin, int end, Map<String, Object> features) {

    /** Checks the components and makes {@code features} an unmodifiable, order-keeping copy. */
    public SpanRecord {
        Objects.requireNonNull(layer, "layer");
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }
}
