package org.attest.testing;

import java.util.HashMap;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.schema.DefaultSchema;

/** Annotates claims, sources, Attribution and Via in a CAS of the default schema by the words they cover. */
public final class SourceChains {

    private final Layers layers;
    private final String text;
    private final Map<String, Integer> used = new HashMap<>();

    /** Annotates through {@code layers}, whose CAS holds {@code text}. */
    public SourceChains(Layers layers, String text) {
        this.layers = layers;
        this.text = text;
    }

    /** Adds a Claim over the next occurrence of {@code words} that is no Claim yet, with features (key, value ...). */
    public AnnotationFS claim(String words, Object... features) {
        int begin = next(DefaultSchema.CLAIM, words);
        return layers.addSpan(DefaultSchema.CLAIM, begin, begin + words.length(), ClaimsCorpus.claim(words, features)
                .features());
    }

    /** Adds a Source over the next occurrence of {@code words} that is no Source yet, with type and entity if set. */
    public AnnotationFS source(String words, String type, String entity) {
        int begin = next(DefaultSchema.SOURCE, words);
        Map<String, Object> features = new HashMap<>();
        if (type != null) {
            features.put("type", type);
        }
        if (entity != null) {
            features.put("entity", entity);
        }
        return layers.addSpan(DefaultSchema.SOURCE, begin, begin + words.length(), features);
    }

    /** Attributes {@code claim} to {@code source}. */
    public SourceChains attribute(AnnotationFS claim, AnnotationFS source) {
        layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of());
        return this;
    }

    /** Says that {@code source} was reported through {@code through}. */
    public SourceChains via(AnnotationFS source, AnnotationFS through) {
        layers.addRelation(DefaultSchema.VIA, source, through, Map.of());
        return this;
    }

    private int next(String layer, String words) {
        int begin = text.indexOf(words, used.getOrDefault(layer + ":" + words, 0));
        if (begin < 0) {
            throw new IllegalArgumentException("'" + words + "' does not occur (again) in: " + text);
        }
        used.put(layer + ":" + words, begin + 1);
        return begin;
    }
}
