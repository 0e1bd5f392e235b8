package org.attest.cas;

import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;

/** Generates the UIMA type of one kind of layer; layers are data, so there is one support per kind, not per label. */
sealed interface LayerSupport permits LayerSupport.Span, LayerSupport.Relation {

    /** Feature names every annotation type already has. */
    Set<String> BUILT_IN = Set.of(CAS.FEATURE_BASE_NAME_BEGIN, CAS.FEATURE_BASE_NAME_END, CAS.FEATURE_BASE_NAME_SOFA);

    /** Adds the type of {@code layer} to {@code tsd}. */
    void describe(Layer layer, TypeSystemDescription tsd);

    /** Returns the support for the kind of {@code layer}. */
    static LayerSupport of(Layer layer) {
        if (layer instanceof SpanLayer) {
            return new Span();
        }
        if (layer instanceof RelationLayer) {
            return new Relation();
        }
        throw new IllegalArgumentException("Layer '" + layer.getName() + "' is of an unsupported kind "
                + layer.eClass().getName() + "; make it a span or a relation layer");
    }

    /** Returns the UIMA range type of a schema feature. */
    static String rangeOf(Layer layer, FeatureDefinition feature) {
        if (feature.getKind() == null) {
            throw new IllegalArgumentException("Feature '" + feature.getName() + "' of layer '" + layer.getName()
                    + "' has no kind; set one of " + org.attest.model.FeatureKind.VALUES);
        }
        return switch (feature.getKind()) {
            case TAGSET, STRING, ENTITY_LINK, CLUSTER_LINK -> CAS.TYPE_NAME_STRING;
            case NUMBER -> CAS.TYPE_NAME_DOUBLE;
            case BOOLEAN -> CAS.TYPE_NAME_BOOLEAN;
            case SPAN_LINK -> {
                if (feature.getTargetLayer() == null) {
                    throw new IllegalArgumentException("Span-link feature '" + feature.getName() + "' of layer '"
                            + layer.getName() + "' has no target layer; choose the span layer it links to");
                }
                yield Schemas.typeName(feature.getTargetLayer());
            }
        };
    }

    /** Adds the schema features of {@code layer}, refusing names the type already uses. */
    static void addFeatures(Layer layer, TypeDescription type, Set<String> reserved) {
        for (FeatureDefinition feature : layer.getFeatures()) {
            if (reserved.contains(feature.getName())) {
                throw new IllegalArgumentException("Feature '" + feature.getName() + "' of layer '" + layer.getName()
                        + "' clashes with a built-in feature " + reserved + "; rename it");
            }
            type.addFeature(feature.getName(), feature.getDescription(), rangeOf(layer, feature));
        }
    }

    /** A span layer: an annotation with the layer's features and the built-in {@code suggestedBy}. */
    final class Span implements LayerSupport {

        @Override
        public void describe(Layer layer, TypeSystemDescription tsd) {
            TypeDescription type = tsd.addType(Schemas.typeName(layer), layer.getDescription(),
                    CAS.TYPE_NAME_ANNOTATION);
            type.addFeature(AttestTypes.SUGGESTED_BY, "The recommender this span was accepted from, if any",
                    CAS.TYPE_NAME_STRING);
            addFeatures(layer, type, java.util.Set.of(CAS.FEATURE_BASE_NAME_BEGIN, CAS.FEATURE_BASE_NAME_END,
                    CAS.FEATURE_BASE_NAME_SOFA, AttestTypes.SUGGESTED_BY));
        }
    }

    /** A relation layer: an annotation over its {@code from} span with {@code from} and {@code to} links. */
    final class Relation implements LayerSupport {

        @Override
        public void describe(Layer layer, TypeSystemDescription tsd) {
            RelationLayer relation = (RelationLayer) layer;
            if (relation.getFromLayer() == null || relation.getToLayer() == null) {
                throw new IllegalArgumentException("Relation layer '" + layer.getName()
                        + "' lacks a from or to layer; choose the span layers it connects");
            }
            TypeDescription type = tsd.addType(Schemas.typeName(layer), layer.getDescription(),
                    CAS.TYPE_NAME_ANNOTATION);
            type.addFeature(AttestTypes.RELATION_FROM, "The span the relation starts at",
                    Schemas.typeName(relation.getFromLayer()));
            type.addFeature(AttestTypes.RELATION_TO, "The span the relation points to",
                    Schemas.typeName(relation.getToLayer()));
            addFeatures(layer, type, Set.of(CAS.FEATURE_BASE_NAME_BEGIN, CAS.FEATURE_BASE_NAME_END,
                    CAS.FEATURE_BASE_NAME_SOFA, AttestTypes.RELATION_FROM, AttestTypes.RELATION_TO));
        }
    }
}
