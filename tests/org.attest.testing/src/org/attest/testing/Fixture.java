package org.attest.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasFactory;
import org.attest.edit.AnnotationEditing;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/** A segmented CAS of a short news text with the default schema, and a readable dump of all its annotations. */
public final class Fixture {

    /** A sentence from the harbour flood sample plus an emoji and a name variant. */
    public static final String TEXT = "PORT VESNA — Up to 40 people are missing after the Lieva river burst its banks overnight, "
            + "Mayor Ana Kovačić said on Saturday. Boats 🚤 came, Pašinjan wrote.";

    public final Schema schema = DefaultSchema.create();
    public final CAS cas;
    public final AnnotationEditing editing;

    public Fixture() {
        this(TEXT);
    }

    public Fixture(String text) {
        cas = new CasFactory(schema).newCas(text);
        editing = new AnnotationEditing(cas, schema);
    }

    /** Returns the begin offset of the first occurrence of {@code words}. */
    public int begin(String words) {
        int at = cas.getDocumentText().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return at;
    }

    /** Returns the end offset of the first occurrence of {@code words}. */
    public int end(String words) {
        return begin(words) + words.length();
    }

    /**
     * Returns every annotation of every schema layer as text, with offsets and all feature values, references by their
     * offsets.
     */
    public List<String> dump() {
        List<String> lines = new ArrayList<>();
        for (Layer layer : schema.getLayers()) {
            Type type = cas.getTypeSystem().getType(Schemas.typeName(layer));
            for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(type)) {
                lines.add(describe(fs) + " "
                        + type.getFeatures().stream().filter(f -> !f.getDomain().getName().startsWith("uima."))
                                .filter(f -> !unsetMark(fs, f))
                                .map(f -> f.getShortName() + "=" + value(fs, f)).collect(Collectors.joining(" ")));
            }
        }
        return lines;
    }

    // the built-in suggestedBy shows only on spans accepted from a suggestion, so hand-made spans dump as before
    private static boolean unsetMark(AnnotationFS fs, Feature f) {
        return f.getShortName().equals(org.attest.cas.AttestTypes.SUGGESTED_BY) && fs.getStringValue(f) == null;
    }

    private static String value(AnnotationFS fs, Feature f) {
        if (f.getRange().isPrimitive()) {
            return fs.getFeatureValueAsString(f);
        }
        FeatureStructure target = fs.getFeatureValue(f);
        return target instanceof AnnotationFS a ? describe(a) : String.valueOf(target);
    }

    private static String describe(AnnotationFS fs) {
        return fs.getType().getShortName() + "[" + fs.getBegin() + "," + fs.getEnd() + ")";
    }
}
