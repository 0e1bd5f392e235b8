package org.attest.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.io.BratStandoff;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;

/**
 * Writes brat's {@code annotation.conf} for a schema: entity types per layer and label, relations, links, attributes.
 */
final class BratConfiguration {

    private final Schema schema;
    private final LabelNames names;

    BratConfiguration(Schema schema, LabelNames names) {
        this.schema = schema;
        this.names = names;
    }

    /** Returns the configuration; free-valued attributes list the values the export wrote, {@code seenValues}. */
    String write(SortedMap<String, TreeSet<String>> seenValues) {
        StringBuilder out = new StringBuilder(
                "# Written by Attest: entity types are Layer or Layer-Label, link relations\n"
                        + "# Layer-feature, attribute values escaped (space as _, %XX for %, _ and separators).\n[entities]\n");
        for (SpanLayer layer : Schemas.spanLayers(schema)) {
            for (String type : types(layer)) {
                out.append(type).append('\n');
            }
        }
        out.append("\n[relations]\n");
        for (RelationLayer layer : Schemas.relationLayers(schema)) {
            out.append(layer.getName()).append("\tArg1:").append(String.join("|", types(layer.getFromLayer())))
                    .append(", Arg2:").append(String.join("|", types(layer.getToLayer()))).append('\n');
            links(layer, layer.getFromLayer(), out);
        }
        for (SpanLayer layer : Schemas.spanLayers(schema)) {
            links(layer, layer, out);
        }
        out.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n");
        SortedMap<String, TreeSet<String>> argsByName = new TreeMap<>();
        SortedMap<String, TreeSet<String>> valuesByName = new TreeMap<>();
        for (SpanLayer layer : Schemas.spanLayers(schema)) {
            for (FeatureDefinition feature : layer.getFeatures()) {
                if (feature == layer.getLabelFeature() || feature.getKind() == FeatureKind.SPAN_LINK) {
                    continue;
                }
                argsByName.computeIfAbsent(feature.getName(), k -> new TreeSet<>()).addAll(types(layer));
                TreeSet<String> values = valuesByName.computeIfAbsent(feature.getName(), k -> new TreeSet<>());
                values.addAll(seenValues.getOrDefault(feature.getName(), new TreeSet<>()));
                if (feature.getKind() == FeatureKind.TAGSET && feature.getTagset() != null) {
                    feature.getTagset().getTags().forEach(tag -> values.add(BratStandoff.escape(tag.getName())));
                } else if (feature.getKind() == FeatureKind.BOOLEAN) {
                    values.addAll(List.of("true", "false"));
                }
            }
        }
        for (Map.Entry<String, TreeSet<String>> attribute : argsByName.entrySet()) {
            TreeSet<String> values = valuesByName.get(attribute.getKey());
            if (values.isEmpty()) {
                // brat cannot declare a free-text attribute; one without values written needs no declaration.
                continue;
            }
            out.append(attribute.getKey()).append("\tArg:").append(String.join("|", attribute.getValue()))
                    .append(", Value:").append(String.join("|", values)).append('\n');
        }
        return out.toString();
    }

    private void links(Layer owner, SpanLayer argument, StringBuilder out) {
        for (FeatureDefinition feature : owner.getFeatures()) {
            if (feature.getKind() == FeatureKind.SPAN_LINK && feature.getTargetLayer() != null) {
                out.append(BratStandoff.linkType(owner.getName(), feature.getName())).append("\tArg1:")
                        .append(String.join("|", types(argument))).append(", Arg2:")
                        .append(String.join("|", types(feature.getTargetLayer()))).append('\n');
            }
        }
    }

    private List<String> types(SpanLayer layer) {
        List<String> types = new ArrayList<>();
        types.add(layer.getName());
        FeatureDefinition label = layer.getLabelFeature();
        if (label != null && label.getTagset() != null) {
            for (Tag tag : label.getTagset().getTags()) {
                types.add(BratFormat.type(names, layer.getName(), tag.getName()));
            }
        }
        return types;
    }
}
