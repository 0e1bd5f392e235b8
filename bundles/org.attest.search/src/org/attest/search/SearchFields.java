package org.attest.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Schema;

/**
 * The fields of the index and how a query reads each: the fixed ones (text, layer, label, annotator, metadata) and one
 * per feature of the schema, a keyword, words or a number after the feature's kind.
 */
final class SearchFields {

    /** How a field's values are indexed and queried. */
    enum Kind {
        /** One folded value, matched whole: layer:Claim, qualifier:"at least". */
        KEYWORD,
        /** Words, folded: text, outlet, unit. */
        WORDS,
        /** A number, also in ranges: value:[100 TO 500]. */
        NUMBER,
        /** A day, also in ranges: date:[2024-01-01 TO 2024-02-01]. */
        DATE,
        /** A registry entity named by its name or an alias: entity:Kovačić. */
        ENTITY
    }

    static final String KIND = "kind";
    static final String KIND_ANNOTATION = "annotation";
    static final String KIND_PASSAGE = "passage";
    static final String KIND_STAMP = "stamp";

    static final String DOC = "doc";
    static final String TEXT = "text";
    static final String LAYER = "layer";
    static final String LABEL = "label";
    static final String ANNOTATOR = "annotator";
    static final String ENTITY = "entity";
    static final String VIA = "via";
    static final String DISAGREEMENT = "disagreement";
    static final String STATE = "state";
    static final String GOLD = "gold";
    static final String OUTLET = "outlet";
    static final String TITLE = "title";
    static final String DATE = "date";
    static final String BEGIN = "begin";
    static final String END = "end";
    static final String STAMP = "stamp";
    /** Marks a document's first passage, the one hit of a query of the document's metadata alone. */
    static final String FIRST = "first";

    /** The order of the hits: document id, then offset. */
    static final Sort ORDER = new Sort(new SortField(DOC, SortField.Type.STRING), new SortField(BEGIN,
            SortField.Type.LONG));

    /** Stored only: what a hit shows ({@link StoredHit}). */
    static final String SHOWN = "shown";

    /** The fields of an annotation rather than of a document: a query naming one looks for annotations. */
    private static final Set<String> ANNOTATION_FIELDS = Set.of(LAYER, LABEL, ANNOTATOR, ENTITY, VIA, DISAGREEMENT);

    private final Map<String, Kind> kinds = new TreeMap<>();
    private final Set<String> features;
    private final Map<String, String> layers = new java.util.LinkedHashMap<>();

    SearchFields(Schema schema) {
        kinds.put(TEXT, Kind.WORDS);
        kinds.put(LAYER, Kind.KEYWORD);
        kinds.put(LABEL, Kind.KEYWORD);
        kinds.put(ANNOTATOR, Kind.KEYWORD);
        kinds.put(ENTITY, Kind.ENTITY);
        kinds.put(VIA, Kind.WORDS);
        kinds.put(DISAGREEMENT, Kind.KEYWORD);
        kinds.put(STATE, Kind.KEYWORD);
        kinds.put(GOLD, Kind.KEYWORD);
        kinds.put(OUTLET, Kind.WORDS);
        kinds.put(TITLE, Kind.WORDS);
        kinds.put(DATE, Kind.DATE);
        kinds.put(DOC, Kind.KEYWORD);
        Map<String, Kind> fromSchema = new TreeMap<>();
        for (Layer layer : schema.getLayers()) {
            layers.put(Values.keyword(layer.getName()), layer.getName());
            for (FeatureDefinition feature : layer.getFeatures()) {
                Kind kind = kindOf(feature);
                if (kind != null) {
                    fromSchema.putIfAbsent(name(feature.getName()), kind);
                }
            }
        }
        fromSchema.keySet().removeAll(kinds.keySet());
        features = Set.copyOf(fromSchema.keySet());
        kinds.putAll(fromSchema);
    }

    private static Kind kindOf(FeatureDefinition feature) {
        return switch (feature.getKind()) {
            case TAGSET, BOOLEAN -> Kind.KEYWORD;
            case STRING -> Kind.WORDS;
            case NUMBER -> Kind.NUMBER;
            default -> null; // links are searched by entity: and via:, not by their ids
        };
    }

    /** Returns the field name a feature is indexed under. */
    static String name(String feature) {
        return feature.toLowerCase(Locale.ROOT);
    }

    /** Returns how {@code field} is read, or null when the index has no such field. */
    Kind kind(String field) {
        return kinds.get(field);
    }

    /** Returns every field a query may name, in alphabetical order. */
    Set<String> names() {
        return kinds.keySet();
    }

    /** Returns whether the schema has a layer named {@code name}, ignoring case. */
    boolean hasLayer(String name) {
        return layers.containsKey(Values.keyword(name));
    }

    /** Returns the schema's layer names, in schema order. */
    java.util.Collection<String> layers() {
        return layers.values();
    }

    /** Returns whether {@code field} belongs to annotations (a layer, a label, a feature...) rather than documents. */
    boolean ofAnnotations(String field) {
        return ANNOTATION_FIELDS.contains(field) || features.contains(field);
    }
}
