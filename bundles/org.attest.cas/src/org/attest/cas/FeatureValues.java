package org.attest.cas;

import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;

/** Checks and converts feature values between the schema's kinds and the CAS's primitive ranges. */
final class FeatureValues {

    private FeatureValues() {
    }

    /** Sets {@code value} on {@code fs} after checking it fits {@code definition}; null makes the feature unset. */
    static void set(CAS cas, AnnotationFS fs, Layer layer, FeatureDefinition definition, Object value) {
        Feature feature = feature(fs, layer, definition.getName());
        String where = "Feature '" + definition.getName() + "' of layer '" + layer.getName() + "'";
        if (value == null) {
            String range = feature.getRange().getName();
            if (range.equals(CAS.TYPE_NAME_DOUBLE)) {
                fs.setDoubleValue(feature, Double.NaN);
                return;
            }
            if (range.equals(CAS.TYPE_NAME_BOOLEAN)) {
                throw new IllegalArgumentException(where + " is a " + definition.getKind().getLiteral()
                        + " and cannot be null; leave it out of the map instead");
            }
            if (range.equals(CAS.TYPE_NAME_STRING)) {
                fs.setStringValue(feature, null);
            } else {
                fs.setFeatureValue(feature, null);
            }
            return;
        }
        switch (definition.getKind()) {
            case TAGSET -> fs.setStringValue(feature, tag(where, definition, value));
            case STRING, ENTITY_LINK, CLUSTER_LINK ->
                fs.setStringValue(feature, typed(where, value, String.class, "text"));
            case NUMBER -> {
                double number = typed(where, value, Number.class, "number").doubleValue();
                if (!Double.isFinite(number)) {
                    throw new IllegalArgumentException(where + " must be a finite number, not " + number);
                }
                fs.setDoubleValue(feature, number);
            }
            case BOOLEAN -> fs.setBooleanValue(feature, typed(where, value, Boolean.class, "true or false"));
            case SPAN_LINK -> {
                AnnotationFS target = typed(where, value, AnnotationFS.class, "span annotation");
                String expected = Schemas.typeName(definition.getTargetLayer());
                if (!target.getType().getName().equals(expected)) {
                    throw new IllegalArgumentException(
                            where + " links to layer '" + definition.getTargetLayer().getName()
                                    + "', not to " + target.getType().getShortName() + " " + range(target));
                }
                requireSameCas(cas, target, where);
                fs.setFeatureValue(feature, target);
            }
        }
    }

    /** Returns the value of {@code name} on {@code fs}: String, Double, Boolean, AnnotationFS or null. */
    static Object get(AnnotationFS fs, Layer layer, String name) {
        Feature feature = feature(fs, layer, name);
        return switch (feature.getRange().getName()) {
            case CAS.TYPE_NAME_STRING -> fs.getStringValue(feature);
            case CAS.TYPE_NAME_DOUBLE -> UnsetNumbers.value(fs, feature);
            case CAS.TYPE_NAME_BOOLEAN -> fs.getBooleanValue(feature);
            default -> fs.getFeatureValue(feature);
        };
    }

    static Feature feature(FeatureStructure fs, Layer layer, String name) {
        Feature feature = fs.getType().getFeatureByBaseName(name);
        if (feature == null) {
            throw new IllegalArgumentException("Layer '" + layer.getName() + "' has no feature '" + name
                    + "'; its features are " + layer.getFeatures().stream().map(FeatureDefinition::getName).toList());
        }
        return feature;
    }

    static void requireSameCas(CAS cas, FeatureStructure fs, String where) {
        if (fs.getCAS().getLowLevelCAS() != cas.getLowLevelCAS()) {
            throw new IllegalArgumentException(
                    where + " refers to an annotation of another CAS; use one from this document");
        }
    }

    static String range(AnnotationFS fs) {
        return "[" + fs.getBegin() + "," + fs.getEnd() + ")";
    }

    private static String tag(String where, FeatureDefinition definition, Object value) {
        String tag = typed(where, value, String.class, "tag name");
        if (definition.getTagset() != null
                && definition.getTagset().getTags().stream().noneMatch(t -> tag.equals(t.getName()))) {
            throw new IllegalArgumentException(where + " has no tag '" + tag + "' in tagset '"
                    + definition.getTagset().getName() + "'; use one of "
                    + definition.getTagset().getTags().stream().map(Tag::getName).collect(Collectors.joining(", "))
                    + " or add the tag to the tagset");
        }
        return tag;
    }

    private static <T> T typed(String where, Object value, Class<T> type, String what) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(where + " takes a " + what + ", not " + value.getClass().getSimpleName()
                    + " '" + value + "'");
        }
        return type.cast(value);
    }
}
