package org.attest.cas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;

/** Reads and writes a CAS's annotations by schema layer and feature name, refusing values the schema does not allow. */
public final class Layers {

    private final CAS cas;
    private final Schema schema;
    private final Map<String, Layer> layersByType = new HashMap<>();

    /** Creates a view of {@code cas}, whose type system must have been generated from {@code schema}. */
    public Layers(CAS cas, Schema schema) {
        this.cas = cas;
        this.schema = schema;
        for (Layer layer : schema.getLayers()) {
            layersByType.put(Schemas.typeName(layer), layer);
        }
    }

    /** Adds and indexes a span on {@code layer} over [begin, end) with the given feature values. */
    public AnnotationFS addSpan(String layer, int begin, int end, Map<String, Object> features) {
        Layer definition = layer(layer, SpanLayer.class);
        checkRange(layer, begin, end);
        AnnotationFS span = cas.createAnnotation(type(definition), begin, end);
        UnsetNumbers.clear(span);
        setAll(span, definition, features);
        cas.addFsToIndexes(span);
        return span;
    }

    /** Adds and indexes a relation on {@code layer} from one span to another; it covers the offsets of {@code from}. */
    public AnnotationFS addRelation(String layer, AnnotationFS from, AnnotationFS to, Map<String, Object> features) {
        RelationLayer definition = (RelationLayer) layer(layer, RelationLayer.class);
        checkEndpoint(definition, AttestTypes.RELATION_FROM, definition.getFromLayer(), from);
        checkEndpoint(definition, AttestTypes.RELATION_TO, definition.getToLayer(), to);
        Type type = type(definition);
        AnnotationFS relation = cas.createAnnotation(type, from.getBegin(), from.getEnd());
        UnsetNumbers.clear(relation);
        relation.setFeatureValue(type.getFeatureByBaseName(AttestTypes.RELATION_FROM), from);
        relation.setFeatureValue(type.getFeatureByBaseName(AttestTypes.RELATION_TO), to);
        setAll(relation, definition, features);
        cas.addFsToIndexes(relation);
        return relation;
    }

    /** Sets one feature of an existing annotation, with the same checks as when adding it; null clears it. */
    public void set(AnnotationFS fs, String feature, Object value) {
        Layer layer = layerOf(fs);
        FeatureValues.set(cas, fs, layer, definition(layer, feature), value);
    }

    /** Returns the spans of {@code layer} in offset order (begin ascending, longer first). */
    public List<AnnotationFS> spans(String layer) {
        return annotations(layer(layer, SpanLayer.class));
    }

    /** Returns the relations of {@code layer} in the offset order of their {@code from} spans. */
    public List<AnnotationFS> relations(String layer) {
        return annotations(layer(layer, RelationLayer.class));
    }

    /** Returns a feature's value: String, Double, Boolean, AnnotationFS (span links, from, to) or null when unset. */
    public Object value(AnnotationFS fs, String feature) {
        return FeatureValues.get(fs, layerOf(fs), feature);
    }

    /**
     * Returns the value of the layer's label feature (its tagset feature "type"), or null if it has none or it is
     * unset.
     */
    public String label(AnnotationFS fs) {
        FeatureDefinition label = layerOf(fs).getLabelFeature();
        return label == null ? null : (String) value(fs, label.getName());
    }

    /** Returns the number of annotations per layer in schema order, with 0 for empty layers. */
    public Map<String, Integer> countPerLayer() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Layer layer : schema.getLayers()) {
            Type type = cas.getTypeSystem().getType(Schemas.typeName(layer));
            counts.put(layer.getName(), type == null ? 0 : cas.getAnnotationIndex(type).size());
        }
        return counts;
    }

    private List<AnnotationFS> annotations(Layer layer) {
        List<AnnotationFS> result = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(type(layer))) {
            result.add(fs);
        }
        return result;
    }

    private void setAll(AnnotationFS fs, Layer layer, Map<String, Object> features) {
        if (features == null) {
            return;
        }
        for (Map.Entry<String, Object> entry : features.entrySet()) {
            FeatureValues.set(cas, fs, layer, definition(layer, entry.getKey()), entry.getValue());
        }
    }

    private void checkRange(String layer, int begin, int end) {
        String text = cas.getDocumentText();
        if (text == null) {
            throw new IllegalArgumentException(
                    "Cannot add a " + layer + " span: the CAS has no text yet; set it first");
        }
        String span = layer + " span [" + begin + "," + end + ")";
        if (begin < 0 || end > text.length()) {
            throw new IllegalArgumentException(span + " lies outside the text, whose offsets run from 0 to "
                    + text.length() + "; use offsets within the text");
        }
        if (begin > end) {
            throw new IllegalArgumentException(span + " ends before it begins; swap begin and end");
        }
        for (int offset : new int[]{begin, end}) {
            if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                    && Character.isHighSurrogate(text.charAt(offset - 1))) {
                throw new IllegalArgumentException(span + " splits the character at offset " + (offset - 1)
                        + " (an emoji or other supplementary character); move the offset to " + (offset - 1)
                        + " or " + (offset + 1));
            }
        }
    }

    private void checkEndpoint(RelationLayer layer, String role, SpanLayer expected, AnnotationFS span) {
        String where = "Relation '" + layer.getName() + "' " + role;
        if (span == null) {
            throw new IllegalArgumentException(where + " is missing; pass a " + expected.getName() + " span");
        }
        if (!span.getType().getName().equals(Schemas.typeName(expected))) {
            throw new IllegalArgumentException(where + " must be a " + expected.getName() + " span, not a "
                    + span.getType().getShortName() + " " + FeatureValues.range(span));
        }
        FeatureValues.requireSameCas(cas, span, where);
    }

    private Layer layer(String name, Class<? extends Layer> kind) {
        Layer layer = Schemas.layer(schema, name).orElseThrow(() -> new IllegalArgumentException("Schema '"
                + schema.getName() + "' has no layer '" + name + "'; its layers are "
                + schema.getLayers().stream().map(Layer::getName).toList()));
        if (!kind.isInstance(layer)) {
            throw new IllegalArgumentException(
                    "Layer '" + name + "' is not a " + (kind == SpanLayer.class ? "span" : "relation")
                            + " layer; use " + (kind == SpanLayer.class ? "addRelation/relations" : "addSpan/spans")
                            + " for it");
        }
        return layer;
    }

    private Layer layerOf(AnnotationFS fs) {
        Layer layer = layersByType.get(fs.getType().getName());
        if (layer == null) {
            throw new IllegalArgumentException("Annotation " + fs.getType().getName() + " " + FeatureValues.range(fs)
                    + " belongs to no layer of schema '" + schema.getName() + "'");
        }
        return layer;
    }

    private static FeatureDefinition definition(Layer layer, String feature) {
        return Schemas.feature(layer, feature).orElseThrow(() -> new IllegalArgumentException("Layer '"
                + layer.getName() + "' has no feature '" + feature + "'; its features are "
                + layer.getFeatures().stream().map(FeatureDefinition::getName).toList()));
    }

    private Type type(Layer layer) {
        Type type = cas.getTypeSystem().getType(Schemas.typeName(layer));
        if (type == null) {
            throw new IllegalArgumentException("The CAS has no type for layer '" + layer.getName()
                    + "'; it was made for another schema, create it with a CasFactory for schema '" + schema.getName()
                    + "'");
        }
        return type;
    }
}
