package org.attest.agreement.corpus;

/** How an annotator's silence at a unit another annotator marked enters the categorical measures. */
public enum NoAnnotation {

    /** "No annotation" is a category of its own, so marking versus not marking is a disagreement (the default). */
    CATEGORY,
    /** "No annotation" is a missing value, so only units both annotators labelled compare their labels. */
    MISSING;

    /** Parses "category" or "missing", case-insensitively, with a message naming the choices. */
    public static NoAnnotation parse(String text) {
        for (NoAnnotation value : values()) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a way to treat 'no annotation'; use category or missing");
    }
}
