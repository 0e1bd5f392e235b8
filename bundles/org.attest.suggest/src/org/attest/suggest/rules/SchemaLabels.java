package org.attest.suggest.rules;

import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;
import org.attest.suggest.api.SuggestException;

/** What the rule recommenders need to know of the corpus schema: their layer, its tags and its entity link. */
final class SchemaLabels {

    private SchemaLabels() {
    }

    /** Returns the span layer {@code name}, or refuses naming the recommender. */
    static SpanLayer layer(Schema schema, String name, String recommender) throws SuggestException {
        Layer layer = Schemas.layer(schema, name).orElse(null);
        if (layer instanceof SpanLayer span) {
            return span;
        }
        throw new SuggestException(recommender + ": schema '" + schema.getName() + "' has no span layer '" + name
                + "' to propose; add the layer to the schema or choose another recommender");
    }

    /** Returns whether {@code tag} is a tag of the layer's label feature (any text when it has no tagset). */
    static boolean hasTag(SpanLayer layer, String tag) {
        FeatureDefinition label = layer.getLabelFeature();
        if (label == null || tag == null) {
            return false;
        }
        return label.getTagset() == null || label.getTagset().getTags().stream().map(Tag::getName)
                .anyMatch(tag::equals);
    }

    /** Returns the only tag of the layer's label feature, such as {@code CUE}, or null when it has none or several. */
    static String onlyTag(SpanLayer layer) {
        FeatureDefinition label = layer.getLabelFeature();
        if (label == null || label.getTagset() == null || label.getTagset().getTags().size() != 1) {
            return null;
        }
        return label.getTagset().getTags().get(0).getName();
    }

    /** Returns the name of the layer's entity link feature, or null when it has none. */
    static String entityLink(SpanLayer layer) {
        return layer.getFeatures().stream().filter(f -> f.getKind() == FeatureKind.ENTITY_LINK)
                .map(FeatureDefinition::getName).findFirst().orElse(null);
    }
}
