package org.attest.store.cache;

import java.nio.charset.StandardCharsets;

import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;

/**
 * The fingerprints a {@link CasCache} file is written for: a cache is used only under the schema (and settings) it
 * was derived with.
 */
public final class CacheFingerprints {

    private CacheFingerprints() {
    }

    /**
     * Returns the fingerprint of what a CAS means under {@code schema}: every layer's name, kind and type, its label
     * feature, and its features' names and kinds, in schema order.
     */
    public static String fingerprint(Schema schema) {
        StringBuilder text = new StringBuilder("schema");
        for (Layer layer : schema.getLayers()) {
            text.append('\n').append(layer instanceof RelationLayer ? "relation " : "span ").append(layer.getName())
                    .append(' ')
                    .append(Schemas.typeName(layer)).append(" label=")
                    .append(layer.getLabelFeature() == null ? "" : layer.getLabelFeature().getName());
            for (FeatureDefinition feature : layer.getFeatures()) {
                text.append(' ').append(feature.getName()).append(':').append(feature.getKind());
            }
        }
        return fingerprint(text.toString());
    }

    /** Returns the SHA-256 of {@code text} in UTF-8 as lower-case hex, for a fingerprint. */
    public static String fingerprint(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return java.util.HexFormat.of().formatHex(org.attest.store.Hashes.digest(bytes, 0, bytes.length));
    }

}
