package org.attest.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;

/** Makes the undoable commands that edit one annotator's CAS: create, delete, change a feature, relate and link. */
public final class AnnotationEditing {

    private final CAS cas;
    private final Schema schema;
    private final Layers layers;
    private final Map<String, Layer> layersByType = new HashMap<>();

    /** Creates the editing commands for {@code cas}, whose type system was generated from {@code schema}. */
    public AnnotationEditing(CAS cas, Schema schema) {
        this.cas = cas;
        this.schema = schema;
        this.layers = new Layers(cas, schema);
        for (Layer layer : schema.getLayers()) {
            layersByType.put(Schemas.typeName(layer), layer);
        }
    }

    /** Returns the CAS these commands edit. */
    public CAS cas() {
        return cas;
    }

    /** Returns the schema of the CAS. */
    public Schema schema() {
        return schema;
    }

    /** Returns the schema-aware reader of the CAS, for labels and feature values. */
    public Layers layers() {
        return layers;
    }

    /** Returns the schema layer of {@code fs}, or empty for tokens, sentences and other non-schema annotations. */
    public Optional<Layer> layerOf(AnnotationFS fs) {
        return Optional.ofNullable(layersByType.get(fs.getType().getName()));
    }

    /**
     * Returns a command adding a span on {@code layer} over [begin, end) with {@code features} (label name → value, may
     * be null).
     */
    public CreateAnnotationCommand createSpan(String layer, int begin, int end, Map<String, Object> features) {
        Map<String, Object> copy = features == null ? Map.of() : new HashMap<>(features);
        return new CreateAnnotationCommand("Create " + layer + " span", cas,
                () -> layers.addSpan(layer, begin, end, copy));
    }

    /**
     * Returns a command adding a span labelled with the tag whose hot key is {@code hotKey} (such as "p" for PERSON).
     */
    public CreateAnnotationCommand createSpanForHotKey(String hotKey, int begin, int end) {
        Schemas.HotKey key = Schemas.hotKey(schema, hotKey)
                .orElseThrow(() -> new IllegalArgumentException("No tag of schema '"
                        + schema.getName() + "' has the hot key '" + hotKey + "'; the hot keys are " + hotKeys()));
        SpanLayer layer = key.layer();
        Map<String, Object> features = Map.of(layer.getLabelFeature().getName(), key.tag().getName());
        return new CreateAnnotationCommand("Create " + key.tag().getName() + " (" + layer.getName() + ")", cas,
                () -> layers.addSpan(layer.getName(), begin, end, features));
    }

    /**
     * Returns a command adding a relation on {@code relationLayer} from one span to another, e.g. an Attribution with
     * its cue.
     */
    public CreateAnnotationCommand relate(String relationLayer, AnnotationFS from, AnnotationFS to,
            Map<String, Object> features) {
        Map<String, Object> copy = features == null ? Map.of() : new HashMap<>(features);
        return new CreateAnnotationCommand("Create " + relationLayer, cas,
                () -> layers.addRelation(relationLayer, from, to, copy));
    }

    /** Returns a command setting {@code feature} of {@code fs} to {@code value}, or clearing it when value is null. */
    public SetFeatureCommand setFeature(AnnotationFS fs, String feature, Object value) {
        return new SetFeatureCommand("Set " + feature + " of " + name(fs), layers, fs, feature, value);
    }

    /**
     * Returns a command linking {@code mention} to the registry entity {@code entityId}, or unlinking it when the id is
     * null.
     */
    public SetFeatureCommand link(AnnotationFS mention, String entityId) {
        Layer layer = requireLayer(mention, "link");
        FeatureDefinition link = layer.getFeatures().stream().filter(f -> f.getKind() == FeatureKind.ENTITY_LINK)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "A " + layer.getName() + " annotation cannot be linked to an entity: layer '"
                                + layer.getName() + "' has no entity link feature; link an annotation of "
                                + entityLinkLayers() + " instead"));
        String label = entityId == null ? "Unlink " + layer.getName() : "Link " + layer.getName() + " to " + entityId;
        return new SetFeatureCommand(label, layers, mention, link.getName(), entityId);
    }

    /**
     * Returns a command deleting {@code fs}, with the relations attached to it, and clearing span links (cues) that
     * point to it.
     */
    public DeleteAnnotationCommand delete(AnnotationFS fs) {
        return new DeleteAnnotationCommand("Delete " + name(fs), cas, fs, this::plan);
    }

    private DeletionPlan plan(AnnotationFS fs) {
        Layer layer = requireLayer(fs, "delete");
        if (!indexed(fs)) {
            throw new IllegalArgumentException(
                    "The " + layer.getName() + " annotation [" + fs.getBegin() + "," + fs.getEnd()
                            + ") is not in the document (already deleted); select an annotation that is shown");
        }
        List<AnnotationFS> relations = new ArrayList<>();
        List<FeatureSnapshot> links = new ArrayList<>();
        if (layer instanceof SpanLayer) {
            for (RelationLayer relationLayer : Schemas.relationLayers(schema)) {
                for (AnnotationFS relation : layers.relations(relationLayer.getName())) {
                    if (refersTo(relation, AttestTypes.RELATION_FROM, fs)
                            || refersTo(relation, AttestTypes.RELATION_TO, fs)) {
                        relations.add(relation);
                    }
                }
            }
            for (Layer other : schema.getLayers()) {
                for (FeatureDefinition feature : other.getFeatures()) {
                    if (feature.getKind() == FeatureKind.SPAN_LINK && feature.getTargetLayer() == layer) {
                        List<AnnotationFS> holders = other instanceof SpanLayer
                                ? layers.spans(other.getName())
                                : layers.relations(other.getName());
                        for (AnnotationFS holder : holders) {
                            if (!relations.contains(holder) && refersTo(holder, feature.getName(), fs)) {
                                links.add(FeatureSnapshot.of(holder,
                                        holder.getType().getFeatureByBaseName(feature.getName())));
                            }
                        }
                    }
                }
            }
        }
        return new DeletionPlan(List.copyOf(relations), List.copyOf(links));
    }

    private static boolean refersTo(AnnotationFS holder, String featureName, AnnotationFS target) {
        Feature feature = holder.getType().getFeatureByBaseName(featureName);
        FeatureStructure value = feature == null ? null : holder.getFeatureValue(feature);
        return value == target;
    }

    private boolean indexed(AnnotationFS fs) {
        for (AnnotationFS candidate : cas.getAnnotationIndex(fs.getType())) {
            if (candidate == fs) {
                return true;
            }
        }
        return false;
    }

    private Layer requireLayer(AnnotationFS fs, String action) {
        if (fs.getCAS().getLowLevelCAS() != cas.getLowLevelCAS()) {
            throw new IllegalArgumentException(
                    "Cannot " + action + " an annotation of another document's CAS; select one in this document");
        }
        return layerOf(fs).orElseThrow(() -> new IllegalArgumentException("Cannot " + action + " the "
                + fs.getType().getShortName()
                + " [" + fs.getBegin() + "," + fs.getEnd() + "): it belongs to no layer of schema '" + schema.getName()
                + "' (tokens and sentences are fixed); select an annotation of "
                + schema.getLayers().stream().map(Layer::getName).toList()));
    }

    private String name(AnnotationFS fs) {
        Layer layer = layersByType.get(fs.getType().getName());
        if (layer == null) {
            return fs.getType().getShortName();
        }
        String label = layer.getLabelFeature() == null ? null : layers.label(fs);
        return label == null ? layer.getName() : label + " (" + layer.getName() + ")";
    }

    private String hotKeys() {
        return Schemas.spanLayers(schema).stream()
                .filter(l -> l.getLabelFeature() != null && l.getLabelFeature().getTagset() != null)
                .flatMap(l -> l.getLabelFeature().getTagset().getTags().stream()).filter(t -> t.getHotKey() != null)
                .map(t -> t.getHotKey() + "=" + t.getName()).collect(Collectors.joining(", "));
    }

    private List<String> entityLinkLayers() {
        return schema.getLayers().stream()
                .filter(l -> l.getFeatures().stream().anyMatch(f -> f.getKind() == FeatureKind.ENTITY_LINK))
                .map(Layer::getName).toList();
    }
}
