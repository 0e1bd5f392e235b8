package org.attest.io;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.attest.model.FeatureDefinition;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;

/**
 * Where the named entities of another tool's XMI (DKPro Core, INCEpTION) go among the Entity layer's labels: through
 * the import's label map, as the token formats' tags do, trying the value as written and then in upper case.
 */
final class NamedEntityLabels {

    private NamedEntityLabels() {
    }

    /** Returns the Entity label that {@code value} becomes, or null when it has no place in {@code layer}. */
    static String place(String value, SpanLayer layer, LabelMap map) {
        FeatureDefinition label = layer.getLabelFeature();
        if (label == null || label.getTagset() == null) {
            return map.mapped().getOrDefault(value, value);
        }
        Set<String> labels = new TreeSet<>();
        for (Tag tag : label.getTagset().getTags()) {
            labels.add(tag.getName());
        }
        String placed = map.resolve(value, labels);
        return placed != null ? placed : map.resolve(value.toUpperCase(Locale.ROOT), labels);
    }
}
