package org.attest.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.UnsetNumbers;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;

/**
 * Compares several annotators' CASes of one document layer by layer, without changing or merging them.
 *
 * <p>A span's position is its layer and offsets; a relation's position is its layer and the offsets of its two
 * endpoints, so relations whose endpoints differ lie at different positions. At a position, each distinct set of
 * label and other feature values is one {@link Configuration}; span links compare by the linked span's offsets.
 * The cost is n log n in the number of annotations: one pass per CAS and one sort.
 */
public final class CasDiff {

    /** The label of a configuration whose label feature is unset. */
    public static final String NO_LABEL = "(none)";

    private static final Comparator<Configuration> CONFIGURATION_ORDER = Comparator
            .<Configuration>comparingInt(c -> -c.annotators().size()).thenComparing(Configuration::label)
            .thenComparing(c -> c.features().toString());

    private CasDiff() {
    }

    /**
     * Compares {@code layer} of the given CASes (annotator name to CAS, all of one text and of {@code schema}'s type
     * system).
     */
    public static DiffResult compare(Schema schema, Map<String, CAS> casesByAnnotator, String layer) {
        Objects.requireNonNull(casesByAnnotator, "casesByAnnotator");
        Layer definition = definition(schema, layer);
        Map<String, List<Observation>> observed = new TreeMap<>();
        casesByAnnotator.forEach((annotator, cas) -> observed.put(annotator,
                observations(definition, Objects.requireNonNull(cas, "CAS of " + annotator), annotator)));
        return compare(layer, observed);
    }

    /** Returns the annotations of {@code layer} in {@code cas} as the diff compares them, in the CAS's index order. */
    public static List<Observation> observations(Schema schema, CAS cas, String layer) {
        return observations(definition(schema, layer), Objects.requireNonNull(cas, "cas"), "of the CAS");
    }

    /**
     * Compares {@code layer} as observed in each annotator's CAS (annotator name to its {@link #observations}); the
     * result is the same as comparing the CASes themselves.
     */
    public static DiffResult compare(String layer, Map<String, List<Observation>> observationsByAnnotator) {
        Objects.requireNonNull(layer, "layer");
        // position -> values -> annotator -> how many identical annotations it put there
        Map<Position, Map<Key, TreeMap<String, Integer>>> found = new HashMap<>();
        for (Map.Entry<String, List<Observation>> entry : new TreeMap<>(observationsByAnnotator).entrySet()) {
            String annotator = entry.getKey();
            for (Observation observation : Objects.requireNonNull(entry.getValue(), "observations of " + annotator)) {
                if (!observation.position().layer().equals(layer)) {
                    throw new IllegalArgumentException(annotator + "'s observation at " + observation.position()
                            + " is not on layer " + layer + "; pass the observations of that layer only");
                }
                found.computeIfAbsent(observation.position(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(new Key(observation.label(), observation.features()), k -> new TreeMap<>())
                        .merge(annotator, 1, Integer::sum);
            }
        }
        Map<Position, List<Configuration>> configurations = new HashMap<>();
        List<Stacked> stacked = new ArrayList<>();
        for (Map.Entry<Position, Map<Key, TreeMap<String, Integer>>> entry : found.entrySet()) {
            List<Configuration> list = new ArrayList<>();
            entry.getValue().forEach((key, annotators) -> {
                list.add(new Configuration(key.label, key.features, annotators.navigableKeySet()));
                annotators.forEach((annotator, count) -> {
                    if (count > 1) {
                        stacked.add(new Stacked(annotator, entry.getKey(), key.label, count));
                    }
                });
            });
            list.sort(CONFIGURATION_ORDER);
            configurations.put(entry.getKey(), List.copyOf(list));
        }
        stacked.sort(Comparator.comparing(Stacked::position).thenComparing(Stacked::annotator)
                .thenComparing(Stacked::label));
        return new DiffResult(layer, new TreeSet<>(observationsByAnnotator.keySet()), new ArrayList<>(found.keySet()),
                configurations, stacked);
    }

    private static List<Observation> observations(Layer definition, CAS cas, String annotator) {
        Reader reader = new Reader(definition, cas, annotator);
        List<Observation> observations = new ArrayList<>();
        for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(reader.type)) {
            Key key = reader.key(fs);
            observations.add(new Observation(reader.position(fs), key.label, key.features));
        }
        return observations;
    }

    private static Layer definition(Schema schema, String layer) {
        return Schemas.layer(Objects.requireNonNull(schema, "schema"), layer)
                .orElseThrow(
                        () -> new IllegalArgumentException("schema '" + schema.getName() + "' has no layer '" + layer
                                + "'; its layers are " + schema.getLayers().stream().map(Layer::getName).toList()));
    }

    /** Returns where {@code fs}, an annotation of {@code layer}, lies in the terms of the diff. */
    public static Position positionOf(Schema schema, String layer, AnnotationFS fs) {
        return reader(schema, layer, fs).position(fs);
    }

    /**
     * Returns where each annotation of {@code layer} in {@code cas} lies in the terms of the diff, the layer's type and
     * features resolved once for all of them.
     */
    public static Function<AnnotationFS, Position> positions(Schema schema, String layer, CAS cas) {
        return new Reader(definition(schema, layer), cas, "of the annotation")::position;
    }

    /**
     * Returns whether {@code fs}, an annotation of {@code layer}, holds exactly the label and feature values of
     * {@code configuration}.
     */
    public static boolean holds(Schema schema, String layer, AnnotationFS fs, Configuration configuration) {
        Key key = reader(schema, layer, fs).key(fs);
        return key.label.equals(configuration.label()) && key.features.equals(configuration.features());
    }

    private static Reader reader(Schema schema, String layer, AnnotationFS fs) {
        Layer definition = Schemas.layer(Objects.requireNonNull(schema, "schema"), layer)
                .orElseThrow(() -> new IllegalArgumentException(
                        "schema '" + schema.getName() + "' has no layer '" + layer + "'"));
        return new Reader(definition, fs.getCAS(), "of the annotation");
    }

    /** The compared values of one annotation. */
    private record Key(String label, SortedMap<String, String> features) {
    }

    /** Resolves a layer's UIMA type and features once per CAS. */
    private static final class Reader {

        private final Layer layer;
        private final Type type;
        private final Feature label;
        private final Feature from;
        private final Feature to;
        private final Map<String, Feature> others = new LinkedHashMap<>();

        Reader(Layer layer, CAS cas, String annotator) {
            this.layer = layer;
            this.type = cas.getTypeSystem().getType(Schemas.typeName(layer));
            if (type == null) {
                throw new IllegalArgumentException("the CAS of annotator '" + annotator + "' has no type for layer '"
                        + layer.getName() + "'; it was made for another schema");
            }
            FeatureDefinition labelDefinition = layer.getLabelFeature();
            this.label = labelDefinition == null ? null : type.getFeatureByBaseName(labelDefinition.getName());
            boolean relation = layer instanceof RelationLayer;
            this.from = relation ? type.getFeatureByBaseName(AttestTypes.RELATION_FROM) : null;
            this.to = relation ? type.getFeatureByBaseName(AttestTypes.RELATION_TO) : null;
            for (FeatureDefinition feature : layer.getFeatures()) {
                Feature f = type.getFeatureByBaseName(feature.getName());
                if (feature != labelDefinition && f != null) {
                    others.put(feature.getName(), f);
                }
            }
        }

        Position position(AnnotationFS fs) {
            if (from == null) {
                return Position.span(layer.getName(), fs.getBegin(), fs.getEnd());
            }
            FeatureStructure source = fs.getFeatureValue(from);
            FeatureStructure target = fs.getFeatureValue(to);
            if (!(source instanceof AnnotationFS a) || !(target instanceof AnnotationFS b)) {
                throw new IllegalArgumentException(layer.getName() + " relation at [" + fs.getBegin() + ","
                        + fs.getEnd()
                        + ") lacks its from or to span; the document is damaged, and checking the corpus names what to repair");
            }
            return Position.relation(layer.getName(), a.getBegin(), a.getEnd(), b.getBegin(), b.getEnd());
        }

        Key key(AnnotationFS fs) {
            String value;
            if (label == null) {
                value = layer.getName();
            } else {
                value = fs.getStringValue(label);
                value = value == null ? NO_LABEL : value;
            }
            if (others.isEmpty()) {
                return new Key(value, new TreeMap<>());
            }
            TreeMap<String, String> features = new TreeMap<>();
            for (Map.Entry<String, Feature> entry : others.entrySet()) {
                String text = text(fs, entry.getValue());
                if (text != null) {
                    features.put(entry.getKey(), text);
                }
            }
            return new Key(value, features);
        }

        private static String text(AnnotationFS fs, Feature feature) {
            return switch (feature.getRange().getName()) {
                case CAS.TYPE_NAME_STRING -> fs.getStringValue(feature);
                case CAS.TYPE_NAME_DOUBLE -> number(UnsetNumbers.value(fs, feature));
                case CAS.TYPE_NAME_BOOLEAN -> Boolean.toString(fs.getBooleanValue(feature));
                default -> fs.getFeatureValue(feature) instanceof AnnotationFS link
                        ? "[" + link.getBegin() + "," + link.getEnd() + ")"
                        : null;
            };
        }

        // 40 and 40.0 are one value; a diff must not report them as a disagreement. An unset number is absent, unlike
        // 0.
        private static String number(Double value) {
            return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
