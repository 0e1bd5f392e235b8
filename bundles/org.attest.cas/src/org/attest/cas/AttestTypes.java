package org.attest.cas;

/** Names of the UIMA types and features that every Attest type system has, whatever the schema. */
public final class AttestTypes {

    /** The sentence annotation type added by the {@link Segmenter}. */
    public static final String SENTENCE = "org.attest.type.Sentence";

    /** The token annotation type added by the {@link Segmenter}. */
    public static final String TOKEN = "org.attest.type.Token";

    /** The feature of a relation annotation that holds its source span. */
    public static final String RELATION_FROM = "from";

    /** The feature of a relation annotation that holds its target span. */
    public static final String RELATION_TO = "to";

    /**
     * The string feature of every span type naming the recommender a span was accepted from, such as
     * {@code registry}; unset on spans an annotator made by hand.
     */
    public static final String SUGGESTED_BY = "suggestedBy";

    private AttestTypes() {
    }
}
