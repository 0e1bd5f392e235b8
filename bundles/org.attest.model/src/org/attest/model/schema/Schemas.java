package org.attest.model.schema;

import java.util.List;
import java.util.Optional;

import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;

/** Read-only queries over a schema: layers by name, span and relation layers, hot keys. */
public final class Schemas {

    private Schemas() {
    }

    /** Returns the layer called {@code name}, if the schema has one. */
    public static Optional<Layer> layer(Schema schema, String name) {
        return schema.getLayers().stream().filter(l -> l.getName().equals(name)).findFirst();
    }

    /** Returns the span layers in schema order. */
    public static List<SpanLayer> spanLayers(Schema schema) {
        return schema.getLayers().stream().filter(SpanLayer.class::isInstance).map(SpanLayer.class::cast).toList();
    }

    /** Returns the relation layers in schema order. */
    public static List<RelationLayer> relationLayers(Schema schema) {
        return schema.getLayers().stream().filter(RelationLayer.class::isInstance).map(RelationLayer.class::cast)
                .toList();
    }

    /** Returns the feature called {@code name} of {@code layer}, if it has one. */
    public static Optional<FeatureDefinition> feature(Layer layer, String name) {
        return layer.getFeatures().stream().filter(f -> f.getName().equals(name)).findFirst();
    }

    /** Returns the fully qualified UIMA type name generated for {@code layer}. */
    public static String typeName(Layer layer) {
        Schema schema = (Schema) layer.eContainer();
        String namespace = schema == null || schema.getTypeNamespace() == null
                ? "org.attest.type"
                : schema.getTypeNamespace();
        return namespace + "." + layer.getName();
    }

    /** Finds the span layer and tag bound to {@code hotKey}, for one-key annotation. */
    public static Optional<HotKey> hotKey(Schema schema, String hotKey) {
        for (SpanLayer layer : spanLayers(schema)) {
            FeatureDefinition label = layer.getLabelFeature();
            if (label == null || label.getTagset() == null) {
                continue;
            }
            for (Tag tag : label.getTagset().getTags()) {
                if (hotKey.equals(tag.getHotKey())) {
                    return Optional.of(new HotKey(layer, tag));
                }
            }
        }
        return Optional.empty();
    }

    /** A hot key's meaning: create a span on {@code layer} labelled {@code tag}. */
    public record HotKey(SpanLayer layer, Tag tag) {
    }
}
