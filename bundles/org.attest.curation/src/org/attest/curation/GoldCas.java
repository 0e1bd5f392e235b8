package org.attest.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;

/** Puts annotations into a gold CAS by position, copying them from an annotator's CAS, and takes them out again. */
final class GoldCas {

    private final Schema schema;
    private final CAS gold;
    private final Layers layers;

    GoldCas(Schema schema, CAS gold) {
        this.schema = schema;
        this.gold = gold;
        this.layers = new Layers(gold, schema);
    }

    CAS cas() {
        return gold;
    }

    /** Returns the gold annotations at {@code position}. */
    List<AnnotationFS> at(Position position) {
        return find(gold, position);
    }

    /** Returns the annotations of {@code cas} at {@code position}. */
    List<AnnotationFS> find(CAS cas, Position position) {
        Layer layer = layer(position);
        Type type = cas.getTypeSystem().getType(Schemas.typeName(layer));
        List<AnnotationFS> found = new ArrayList<>();
        for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(type)) {
            if (fs.getBegin() > position.begin()) {
                break;
            }
            if (fs.getBegin() == position.begin() && CasDiff.positionOf(schema, layer.getName(), fs).equals(position)) {
                found.add(fs);
            }
        }
        return found;
    }

    /** Returns the annotation of {@code source} at {@code position} holding exactly {@code configuration}. */
    AnnotationFS find(CAS source, Position position, Configuration configuration) {
        for (AnnotationFS fs : find(source, position)) {
            if (CasDiff.holds(schema, position.layer(), fs, configuration)) {
                return fs;
            }
        }
        throw new IllegalStateException(
                "no " + position + " with " + Basis.describe(configuration) + " in the annotator's CAS");
    }

    /**
     * Points the gold annotations that refer to one of {@code old} (as relation end or span link) at
     * {@code replacement}
     * instead, or removes them when {@code replacement} is null; returns the positions of those removed.
     */
    List<Position> detach(List<AnnotationFS> old, AnnotationFS replacement) {
        List<Position> removed = new ArrayList<>();
        Map<AnnotationFS, Layer> gone = new LinkedHashMap<>();
        for (Reference reference : referrers(old)) {
            if (replacement == null) {
                gone.putIfAbsent(reference.referrer(), reference.layer());
            } else {
                reference.referrer().setFeatureValue(reference.link(), replacement);
            }
        }
        gone.forEach((fs, layer) -> {
            removed.add(CasDiff.positionOf(schema, layer.getName(), fs));
            removed.addAll(detach(List.of(fs), null));
            gold.removeFsFromIndexes(fs);
        });
        return removed;
    }

    /** Returns the positions of the gold annotations that refer to a gold annotation at {@code position}. */
    List<Position> dependents(Position position) {
        Map<AnnotationFS, Position> result = new LinkedHashMap<>();
        for (Reference reference : referrers(at(position))) {
            result.computeIfAbsent(reference.referrer(),
                    fs -> CasDiff.positionOf(schema, reference.layer().getName(), fs));
        }
        return new ArrayList<>(result.values());
    }

    // Every link (relation end or span link) of a gold annotation that points at one of targets.
    private List<Reference> referrers(List<AnnotationFS> targets) {
        List<Reference> references = new ArrayList<>();
        if (targets.isEmpty()) {
            return references;
        }
        for (Layer layer : schema.getLayers()) {
            Type type = gold.getTypeSystem().getType(Schemas.typeName(layer));
            List<Feature> links = links(layer, type);
            if (links.isEmpty()) {
                continue;
            }
            for (AnnotationFS fs : gold.<AnnotationFS>getAnnotationIndex(type)) {
                for (Feature link : links) {
                    if (targets.contains(fs.getFeatureValue(link))) {
                        references.add(new Reference(layer, fs, link));
                    }
                }
            }
        }
        return references;
    }

    /** A gold annotation of {@code layer} whose feature {@code link} points at another gold annotation. */
    private record Reference(Layer layer, AnnotationFS referrer, Feature link) {
    }

    /**
     * Removes the gold annotations at {@code position} and those referring to them; returns the positions of the
     * latter.
     */
    List<Position> remove(Position position) {
        List<AnnotationFS> old = at(position);
        List<Position> removed = detach(old, null);
        for (AnnotationFS fs : old) {
            gold.removeFsFromIndexes(fs);
        }
        return removed;
    }

    /**
     * Replaces the gold annotations at {@code position} by a copy of {@code annotation}, keeping the gold annotations
     * that referred to the old ones pointed at the copy.
     */
    AnnotationFS replace(AnnotationFS annotation, Position position, Map<String, Object> overrides)
            throws MissingEndpointException {
        List<AnnotationFS> old = at(position);
        AnnotationFS copy = copy(annotation, position, overrides);
        detach(old, copy);
        for (AnnotationFS fs : old) {
            gold.removeFsFromIndexes(fs);
        }
        return copy;
    }

    /**
     * Copies {@code annotation} (of an annotator's CAS, at {@code position}) into the gold with all its feature values;
     * links and relation ends point at the gold spans at the same offsets, which must exist.
     *
     * @throws MissingEndpointException when a span the annotation points at is not in the gold yet
     */
    AnnotationFS copy(AnnotationFS annotation, Position position, Map<String, Object> overrides)
            throws MissingEndpointException {
        Layer layer = layer(position);
        Layers source = new Layers(annotation.getCAS(), schema);
        Map<String, Object> values = new LinkedHashMap<>();
        for (FeatureDefinition feature : layer.getFeatures()) {
            Object value = overrides.containsKey(feature.getName())
                    ? overrides.get(feature.getName())
                    : source.value(annotation, feature.getName());
            if (value instanceof AnnotationFS link) {
                value = goldSpan(feature.getTargetLayer(), link, feature.getName());
            }
            if (value != null || feature.getKind() == FeatureKind.STRING || feature.getKind() == FeatureKind.TAGSET) {
                values.put(feature.getName(), value);
            }
        }
        if (layer instanceof RelationLayer relation) {
            AnnotationFS from = goldSpan(relation.getFromLayer(),
                    (AnnotationFS) source.value(annotation, AttestTypes.RELATION_FROM), "from");
            AnnotationFS to = goldSpan(relation.getToLayer(),
                    (AnnotationFS) source.value(annotation, AttestTypes.RELATION_TO), "to");
            return layers.addRelation(layer.getName(), from, to, values);
        }
        return layers.addSpan(layer.getName(), position.begin(), position.end(), values);
    }

    private AnnotationFS goldSpan(SpanLayer layer, AnnotationFS link, String role) throws MissingEndpointException {
        Position wanted = Position.span(layer.getName(), link.getBegin(), link.getEnd());
        List<AnnotationFS> found = at(wanted);
        if (found.isEmpty()) {
            throw new MissingEndpointException(role, wanted);
        }
        return found.get(0);
    }

    private List<Feature> links(Layer layer, Type type) {
        List<Feature> links = new ArrayList<>();
        if (layer instanceof RelationLayer) {
            links.add(type.getFeatureByBaseName(AttestTypes.RELATION_FROM));
            links.add(type.getFeatureByBaseName(AttestTypes.RELATION_TO));
        }
        for (FeatureDefinition feature : layer.getFeatures()) {
            if (feature.getKind() == FeatureKind.SPAN_LINK) {
                links.add(type.getFeatureByBaseName(feature.getName()));
            }
        }
        return links;
    }

    private Layer layer(Position position) {
        return Schemas.layer(schema, position.layer())
                .orElseThrow(() -> new IllegalArgumentException("the schema has no layer '" + position.layer() + "'"));
    }

    /** A span an annotation points at is not in the gold yet, so the annotation cannot be copied. */
    static final class MissingEndpointException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Position missing;

        MissingEndpointException(String role, Position missing) {
            super("its " + role + " " + missing + " is not in the gold yet; decide that span first");
            this.missing = missing;
        }

        Position missing() {
            return missing;
        }
    }
}
