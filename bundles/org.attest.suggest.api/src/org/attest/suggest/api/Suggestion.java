package org.attest.suggest.api;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A span a recommender proposes, not yet in any annotator's CAS.
 *
 * @param recommender the name of the recommender that proposes it, such as {@code registry}
 * @param layer the span layer, such as {@code Entity}
 * @param begin the offset of its first character
 * @param end the offset after its last character
 * @param label the value of the layer's label feature, such as {@code PERSON}, or null for a layer without one
 * @param features the other features to set when it is accepted (an entity link as the entity's id, numbers as
 *     {@link Double}); sorted by name, never holding null values: an unset feature is absent
 * @param score how sure the recommender is, from 0 (a guess) to 1 (certain)
 * @param reason why it was proposed, in words a user reads on hover, such as {@code alias of Ana Kovačić (E-12)}
 */
public record Suggestion(String recommender, String layer, int begin, int end, String label,
        Map<String, Object> features, double score, String reason) {

    /** Checks the offsets and the score and copies the features, sorted by name. */
    public Suggestion {
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(layer, "layer");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("a suggestion's offsets must satisfy 0 <= begin <= end, not [" + begin
                    + "," + end + ")");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a suggestion's score lies between 0 and 1, not " + score);
        }
        features = java.util.Collections.unmodifiableMap(new TreeMap<>(features));
        reason = reason == null ? "" : reason;
    }

    /** Returns whether {@code other} proposes the same annotation: layer, offsets and label, whoever proposes it. */
    public boolean sameAnnotation(Suggestion other) {
        return layer.equals(other.layer) && begin == other.begin && end == other.end
                && Objects.equals(label, other.label);
    }
}
