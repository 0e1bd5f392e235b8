package org.attest.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the entity labels of a source (CoNLL's PER, OntoNotes' NORP) become labels of the schema: the labels a user
 * mapped first, then a label the schema has itself, then the default map of the common CoNLL-2003 and OntoNotes labels
 * (only where the schema has its target); a label none of them places stays unknown.
 */
public final class LabelMap {

    private static final Map<String, String> DEFAULTS = defaultsInOrder();

    private final Map<String, String> mapped;

    private LabelMap(Map<String, String> mapped) {
        this.mapped = Collections.unmodifiableMap(new LinkedHashMap<>(mapped));
    }

    /** Returns the map that places labels by the schema and the default map alone. */
    public static LabelMap defaults() {
        return new LabelMap(Map.of());
    }

    /**
     * Parses {@code PER=PERSON,MISC=OTHER}: source labels and the schema labels they become, separated by commas.
     *
     * @throws IllegalArgumentException naming the pair that is not {@code SOURCE=LABEL} or a source given twice
     */
    public static LabelMap parse(String pairs) {
        Map<String, String> mapped = new LinkedHashMap<>();
        for (String pair : pairs.split(",", -1)) {
            String[] parts = pair.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("the label map pair \"" + pair.strip()
                        + "\" is not SOURCE=LABEL; write the pairs as PER=PERSON,MISC=OTHER");
            }
            String source = parts[0].strip();
            if (mapped.put(source, parts[1].strip()) != null) {
                throw new IllegalArgumentException("the label map gives " + source + " twice; give each label once");
            }
        }
        return new LabelMap(mapped);
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
