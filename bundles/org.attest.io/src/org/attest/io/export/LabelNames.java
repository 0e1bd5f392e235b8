package org.attest.io.export;

import java.util.Map;

/**
 * The names an export writes for the schema's Entity labels, such as PER for PERSON: a named label is written by its
 * name, any other by its own.
 *
 * @param names the written name of each renamed schema label
 */
public record LabelNames(Map<String, String> names) {

    /** The names of the schema itself: every label written as it is. */
    public static final LabelNames SCHEMA = new LabelNames(Map.of());

    /** Copies {@code names}. */
    public LabelNames {
        names = Map.copyOf(names);
    }

    /** Returns the name written for {@code label}, or {@code null} for a label that is unset. */
    public String name(String label) {
        return label == null ? null : names.getOrDefault(label, label);
    }

    /** Returns whether any label is written by another name than its own. */
    public boolean renames() {
        return !names.isEmpty();
    }
}
