package org.attest.cas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;

/** Finds the annotations that a changed schema could no longer hold, so a schema change never silently drops them. */
public final class SchemaCompatibility {

    private static final Set<String> BUILT_IN = Set.of(CAS.FEATURE_BASE_NAME_BEGIN, CAS.FEATURE_BASE_NAME_END,
            CAS.FEATURE_BASE_NAME_SOFA, AttestTypes.RELATION_FROM, AttestTypes.RELATION_TO, AttestTypes.SUGGESTED_BY);

    private SchemaCompatibility() {
    }

    /**
     * Returns one line per annotation group of the CASes (keyed by document name, in map order) that {@code newSchema}
     * could not hold: removed layers, removed or retyped features in use, removed tags in use, changed relation
     * endpoints; an empty list means the change is safe.
     */
    public static List<String> orphans(Schema newSchema, Map<String, CAS> casesByName) {
        return check(newSchema, casesByName, true);
    }

    /** Like {@link #orphans} but ignores tags, which a CAS can hold whatever the tagset says. */
    static List<String> losses(Schema newSchema, Map<String, CAS> casesByName) {
        return check(newSchema, casesByName, false);
    }

    private static List<String> check(Schema newSchema, Map<String, CAS> casesByName, boolean tags) {
        Map<String, Layer> layersByType = new LinkedHashMap<>();
        for (Layer layer : newSchema.getLayers()) {
            layersByType.put(Schemas.typeName(layer), layer);
        }
        List<String> lines = new ArrayList<>();
        casesByName.forEach((name, cas) -> {
            for (Type type : layerTypes(cas.getTypeSystem())) {
                List<AnnotationFS> annotations = exactly(cas, type);
                if (!annotations.isEmpty()) {
                    new Group(name, type, annotations, layersByType.get(type.getName()), lines).check(tags);
                }
            }
        });
        return lines;
    }

    private static List<Type> layerTypes(TypeSystem ts) {
        Type annotation = ts.getType(CAS.TYPE_NAME_ANNOTATION);
        List<Type> types = new ArrayList<>();
        for (Type type : ts.getProperlySubsumedTypes(annotation)) {
            String name = type.getName();
            if (!name.startsWith("uima.") && !name.equals(AttestTypes.SENTENCE) && !name.equals(AttestTypes.TOKEN)) {
                types.add(type);
            }
        }
        return types;
    }

    private static List<AnnotationFS> exactly(CAS cas, Type type) {
        List<AnnotationFS> result = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
            if (fs.getType() == type) {
                result.add(fs);
            }
        }
        return result;
    }

    /**
     * The annotations of one type in one document, checked against the layer of the same type name in the new schema.
     */
    private record Group(String document, Type type, List<AnnotationFS> annotations, Layer layer, List<String> lines) {

        void check(boolean tags) {
            String layerName = type.getShortName();
            if (layer == null) {
                report(annotations.size(), "are on layer '" + layerName + "', which the new schema removes");
                return;
            }
            boolean wasRelation = type.getFeatureByBaseName(AttestTypes.RELATION_FROM) != null;
            if (wasRelation != (layer instanceof RelationLayer)) {
                report(annotations.size(),
                        "are " + (wasRelation ? "relations" : "spans") + ", but the new schema makes '"
                                + layerName + "' a " + (wasRelation ? "span" : "relation") + " layer");
                return;
            }
            if (layer instanceof RelationLayer relation) {
                endpoint(AttestTypes.RELATION_FROM, relation.getFromLayer(), "start at");
                endpoint(AttestTypes.RELATION_TO, relation.getToLayer(), "point to");
            }
            for (Feature feature : type.getFeatures()) {
                if (!BUILT_IN.contains(feature.getShortName())) {
                    feature(feature, tags);
                }
            }
        }

        private void endpoint(String role, SpanLayer expected, String verb) {
            String expectedType = Schemas.typeName(expected);
            Feature feature = type.getFeatureByBaseName(role);
            Map<String, Long> wrong = annotations.stream().map(fs -> fs.getFeatureValue(feature))
                    .filter(v -> v != null && !v.getType().getName().equals(expectedType))
                    .collect(Collectors.groupingBy(v -> v.getType().getShortName(), LinkedHashMap::new,
                            Collectors.counting()));
            wrong.forEach((actual, count) -> report(count, verb + " " + actual + " spans, but the new schema's '"
                    + layer.getName() + "' relations " + verb + " " + expected.getName() + " spans"));
        }

        private void feature(Feature feature, boolean tags) {
            String name = feature.getShortName();
            List<Object> values = annotations.stream().map(fs -> value(fs, feature)).filter(v -> v != null).toList();
            if (values.isEmpty()) {
                return;
            }
            FeatureDefinition definition = Schemas.feature(layer, name).orElse(null);
            if (definition == null) {
                report(values.size(), "use feature '" + name + "', which the new schema removes");
                return;
            }
            String newRange = LayerSupport.rangeOf(layer, definition);
            if (!newRange.equals(feature.getRange().getName())) {
                report(values.size(), "use feature '" + name + "' as " + feature.getRange().getShortName()
                        + ", but the new schema makes it " + newRange.substring(newRange.lastIndexOf('.') + 1));
                return;
            }
            if (tags && definition.getKind() == FeatureKind.TAGSET && definition.getTagset() != null) {
                Set<String> known = definition.getTagset().getTags().stream().map(Tag::getName)
                        .collect(Collectors.toSet());
                values.stream().filter(v -> !known.contains(v))
                        .collect(Collectors.groupingBy(v -> (String) v, LinkedHashMap::new, Collectors.counting()))
                        .forEach((tag, count) -> report(count, "use tag '" + tag + "' of feature '" + name
                                + "', which the new schema's tagset '" + definition.getTagset().getName()
                                + "' removes"));
            }
        }

        // Unset numbers read null (see UnsetNumbers) and unset booleans false, so only other values count as in use.
        private static Object value(AnnotationFS fs, Feature feature) {
            return switch (feature.getRange().getName()) {
                case CAS.TYPE_NAME_STRING -> fs.getStringValue(feature);
                case CAS.TYPE_NAME_DOUBLE -> UnsetNumbers.value(fs, feature);
                case CAS.TYPE_NAME_BOOLEAN -> fs.getBooleanValue(feature) ? Boolean.TRUE : null;
                default -> feature.getRange().isPrimitive()
                        ? fs.getFeatureValueAsString(feature)
                        : fs.getFeatureValue(feature);
            };
        }

        private void report(long count, String what) {
            String noun = type.getShortName() + (count == 1 ? " annotation " + singular(what) : " annotations " + what);
            lines.add(document + ": " + count + " " + noun);
        }

        private static String singular(String verbPhrase) {
            // "are on" -> "is on", "use" -> "uses", "start at" -> "starts at", "point to" -> "points to"
            if (verbPhrase.startsWith("are ")) {
                return "is " + verbPhrase.substring(4);
            }
            int space = verbPhrase.indexOf(' ');
            return verbPhrase.substring(0, space) + "s" + verbPhrase.substring(space);
        }
    }
}
