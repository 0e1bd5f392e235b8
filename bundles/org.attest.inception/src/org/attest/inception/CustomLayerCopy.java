package org.attest.inception;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.attest.cas.AttestTypes;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;

/**
 * The schema's layers other than Entity as INCEpTION custom layers: a span layer becomes {@code webanno.custom.NAME}
 * with the layer's features, a relation layer the same with {@code Governor} and {@code Dependent} for its ends, as
 * INCEpTION's relation layers have; numbers stay {@code uima.cas.Double}, tags and links to the registry strings.
 */
final class CustomLayerCopy {

    /** The feature of an INCEpTION relation that holds the span it starts at. */
    static final String GOVERNOR = "Governor";

    /** The feature of an INCEpTION relation that holds the span it points to. */
    static final String DEPENDENT = "Dependent";

    private final Schema schema;
    private final Layer entity;

    /** Creates the copy of the layers of {@code schema} other than {@code entity} (written as named entities). */
    CustomLayerCopy(Schema schema, Layer entity) {
        this.schema = schema;
        this.entity = entity;
    }

    /** Returns the INCEpTION type name of the annotations of {@code layer}. */
    String typeName(Layer layer) {
        return layer == entity ? InceptionLayout.NAMED_ENTITY : InceptionLayout.CUSTOM_NAMESPACE + layer.getName();
    }

    /** Returns the layers written as custom layers, span layers first. */
    List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        schema.getLayers().stream().filter(l -> l != entity && l instanceof SpanLayer).forEach(layers::add);
        schema.getLayers().stream().filter(RelationLayer.class::isInstance).forEach(layers::add);
        return layers;
    }

    /** Adds the custom types to {@code types}. */
    void describe(TypeSystemDescription types) {
        for (Layer layer : layers()) {
            TypeDescription type = types.addType(typeName(layer), layer.getDescription(), CAS.TYPE_NAME_ANNOTATION);
            if (layer instanceof RelationLayer relation) {
                type.addFeature(GOVERNOR, "The span the relation starts at", typeName(relation.getFromLayer()));
                type.addFeature(DEPENDENT, "The span the relation points to", typeName(relation.getToLayer()));
            }
            for (FeatureDefinition feature : layer.getFeatures()) {
                type.addFeature(feature.getName(), feature.getDescription(), range(feature));
            }
        }
    }

    /** Returns the project JSON's entries for the custom layers. */
    List<ExportedProject.Layer> projectLayers() {
        List<ExportedProject.Layer> layers = new ArrayList<>();
        for (Layer layer : layers()) {
            Map<String, String> features = new LinkedHashMap<>();
            layer.getFeatures().forEach(f -> features.put(f.getName(), range(f)));
            layers.add(new ExportedProject.Layer(typeName(layer),
                    layer instanceof RelationLayer ? "relation" : "span", List.copyOf(features.keySet()),
                    layer instanceof RelationLayer relation ? typeName(relation.getFromLayer()) : null, features));
        }
        return layers;
    }

    private String range(FeatureDefinition feature) {
        if (feature.getKind() == FeatureKind.SPAN_LINK && feature.getTargetLayer() != null) {
            return typeName(feature.getTargetLayer());
        }
        return switch (feature.getKind()) {
            case NUMBER -> CAS.TYPE_NAME_DOUBLE;
            case BOOLEAN -> CAS.TYPE_NAME_BOOLEAN;
            default -> CAS.TYPE_NAME_STRING;
        };
    }

    /**
     * Copies the annotations of the custom layers from {@code source} into {@code target}, where {@code copies}
     * already maps each named entity of {@code source} to its copy; adds the copies of spans to it.
     */
    void copy(CAS source, CAS target, Map<FeatureStructure, FeatureStructure> copies) {
        List<Runnable> links = new ArrayList<>();
        for (Layer layer : layers()) {
            Type from = source.getTypeSystem().getType(Schemas.typeName(layer));
            Type to = target.getTypeSystem().getType(typeName(layer));
            if (from == null) {
                continue;
            }
            for (AnnotationFS fs : source.<AnnotationFS>getAnnotationIndex(from)) {
                AnnotationFS copy = target.createAnnotation(to, fs.getBegin(), fs.getEnd());
                copies.put(fs, copy);
                if (layer instanceof RelationLayer) {
                    links.add(() -> {
                        link(fs, from.getFeatureByBaseName(AttestTypes.RELATION_FROM), copy, GOVERNOR, copies);
                        link(fs, from.getFeatureByBaseName(AttestTypes.RELATION_TO), copy, DEPENDENT, copies);
                    });
                }
                for (FeatureDefinition definition : layer.getFeatures()) {
                    Feature feature = from.getFeatureByBaseName(definition.getName());
                    if (definition.getKind() == FeatureKind.SPAN_LINK) {
                        links.add(() -> link(fs, feature, copy, definition.getName(), copies));
                    } else if (feature.getRange().isPrimitive()) {
                        String value = fs.getFeatureValueAsString(feature);
                        if (value != null) {
                            copy.setFeatureValueFromString(to.getFeatureByBaseName(definition.getName()), value);
                        }
                    }
                }
                target.addFsToIndexes(copy);
            }
        }
        links.forEach(Runnable::run);
    }

    private static void link(FeatureStructure fs, Feature feature, FeatureStructure copy, String name,
            Map<FeatureStructure, FeatureStructure> copies) {
        FeatureStructure linked = fs.getFeatureValue(feature);
        if (linked != null && copies.containsKey(linked)) {
            copy.setFeatureValue(copy.getType().getFeatureByBaseName(name), copies.get(linked));
        }
    }

    /** Returns an empty map of copies by original, compared by identity. */
    static Map<FeatureStructure, FeatureStructure> copies() {
        return new IdentityHashMap<>();
    }
}
