package org.attest.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the entity labels of a source (CoNLL's PER, OntoNotes' NORP) become labels of the schema: the labels a user
 * mapped first, then a label the schema has itself, then the default map of the common CoNLL-2003 and OntoNotes labels
 * (only where the schema has its target); a label none of them places stays unknown. Read backwards, the labels a user
 * mapped are the names an export writes for the schema's labels ({@link #exportNames}).
 */
public final class LabelMap {

    /** The name of the preset that maps the four CoNLL-2003 labels: PER, ORG, LOC and MISC. */
    public static final String CONLL2003 = "conll2003";

    private static final Map<String, String> DEFAULTS = defaultsInOrder();

    private static final Map<String, Map<String, String>> PRESETS = Map.of(CONLL2003,
            orderedPairs("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION", "MISC", "OTHER"));

    private final Map<String, String> mapped;

    private LabelMap(Map<String, String> mapped) {
        this.mapped = Collections.unmodifiableMap(new LinkedHashMap<>(mapped));
    }

    /** Returns the map that places labels by the schema and the default map alone. */
    public static LabelMap defaults() {
        return new LabelMap(Map.of());
    }

    /**
     * Parses {@code PER=PERSON,MISC=OTHER}: source labels and the schema labels they become, separated by commas; a
     * preset name among them ({@value #CONLL2003}) stands for its pairs.
     *
     * @throws IllegalArgumentException naming the pair that is not {@code SOURCE=LABEL} or a source given twice
     */
    public static LabelMap parse(String pairs) {
        Map<String, String> mapped = new LinkedHashMap<>();
        for (String pair : pairs.split(",", -1)) {
            Map<String, String> preset = PRESETS.get(pair.strip());
            if (preset != null) {
                preset.forEach((source, label) -> put(mapped, source, label));
                continue;
            }
            String[] parts = pair.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("the label map pair \"" + pair.strip()
                        + "\" is not SOURCE=LABEL or the preset " + CONLL2003
                        + "; write the pairs as PER=PERSON,MISC=OTHER");
            }
            put(mapped, parts[0].strip(), parts[1].strip());
        }
        return new LabelMap(mapped);
    }

    private static void put(Map<String, String> mapped, String source, String label) {
        if (mapped.put(source, label) != null) {
            throw new IllegalArgumentException("the label map gives " + source + " twice; give each label once");
        }
    }

    /**
     * Returns the names an export writes for the schema labels {@code schemaLabels}: the map read backwards, each
     * mapped schema label to its source label; a label the map does not name keeps its own name (absent here).
     *
     * @throws IllegalArgumentException naming a mapped label the schema does not have, a schema label two source
     *     labels map to (an export could write only one of them) or a name that is also another schema label's own
     */
    public Map<String, String> exportNames(Set<String> schemaLabels) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : mapped.entrySet()) {
            String label = pair.getValue();
            if (!schemaLabels.contains(label)) {
                throw new IllegalArgumentException("the label map pair " + pair.getKey() + "=" + label + " names "
                        + label + ", which is not an Entity label of the schema; give SOURCE=LABEL as on import,"
                        + " the schema's label on the right");
            }
            String earlier = names.put(label, pair.getKey());
            if (earlier != null) {
                throw new IllegalArgumentException("the label map maps both " + earlier + " and " + pair.getKey()
                        + " to " + label + ", so an export cannot tell which to write for " + label
                        + "; give one of them");
            }
        }
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (schemaLabels.contains(name.getValue()) && !names.containsKey(name.getValue())) {
                throw new IllegalArgumentException("the label map writes " + name.getKey() + " as " + name.getValue()
                        + ", which the schema's own label " + name.getValue()
                        + " is also written as; map that label to another name too");
            }
        }
        return Collections.unmodifiableMap(names);
    }

    /** Returns the labels the user mapped, source label to schema label, in the order given. */
    public Map<String, String> mapped() {
        return mapped;
    }

    /** Returns the default map: CoNLL-2003 and OntoNotes labels to the default schema's entity labels. */
    public static Map<String, String> defaultMap() {
        return DEFAULTS;
    }

    /**
     * Returns the schema label that {@code label} becomes among {@code schemaLabels}, or {@code null} when it has no
     * place there.
     */
    public String resolve(String label, Set<String> schemaLabels) {
        String chosen = mapped.get(label);
        if (chosen != null) {
            return schemaLabels.contains(chosen) ? chosen : null;
        }
        if (schemaLabels.contains(label)) {
            return label;
        }
        String fallback = DEFAULTS.get(label);
        return fallback != null && schemaLabels.contains(fallback) ? fallback : null;
    }

    /** Returns the first mapped label whose target is not among {@code schemaLabels}, as {@code SOURCE=LABEL}. */
    public java.util.Optional<String> firstMisplaced(Set<String> schemaLabels) {
        return mapped.entrySet().stream().filter(e -> !schemaLabels.contains(e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue()).findFirst();
    }

    private static Map<String, String> orderedPairs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    // TIME, ORDINAL and CARDINAL have no place among the default labels: they stay unknown unless mapped
    private static Map<String, String> defaultsInOrder() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("PER", "PERSON");
        map.put("ORG", "ORGANIZATION");
        map.put("LOC", "LOCATION");
        map.put("MISC", "OTHER");
        map.put("NORP", "OTHER");
        map.put("FAC", "LOCATION");
        map.put("PRODUCT", "OTHER");
        map.put("WORK_OF_ART", "OTHER");
        map.put("LAW", "OTHER");
        map.put("LANGUAGE", "OTHER");
        map.put("PERCENT", "QUANTITY");
        map.put("MONEY", "QUANTITY");
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelMap that && mapped.equals(that.mapped);
    }

    @Override
    public int hashCode() {
        return mapped.hashCode();
    }

    @Override
    public String toString() {
        return mapped.toString();
    }
}
