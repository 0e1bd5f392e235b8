package org.attest.cas;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;

/**
 * Generates the UIMA type system description of a schema: one type per layer plus sentences and tokens, and the marker
 * of the {@link UnsetNumbers} convention.
 */
public final class TypeSystemFactory {

    // UIMA accepts only Java-like identifiers as short type and feature names.
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private TypeSystemFactory() {
    }

    /**
     * Checks that {@code schema} gives a valid type system (names UIMA accepts, no clashes, layers of a supported kind)
     * without building it, failing with the problem and its fix.
     */
    public static void check(Schema schema) {
        Set<String> typeNames = new HashSet<>(Set.of(AttestTypes.SENTENCE, AttestTypes.TOKEN, UnsetNumbers.MARKER));
        for (Layer layer : schema.getLayers()) {
            check(schema, layer, typeNames);
            LayerSupport.of(layer);
        }
    }

    /** Returns the type system description generated from {@code schema}. */
    public static TypeSystemDescription describe(Schema schema) {
        TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        tsd.setName(schema.getName());
        tsd.setVersion(Integer.toString(schema.getVersion()));
        tsd.addType(AttestTypes.SENTENCE, "A sentence found by the segmenter", CAS.TYPE_NAME_ANNOTATION);
        tsd.addType(AttestTypes.TOKEN, "A word, number or punctuation mark found by the segmenter",
                CAS.TYPE_NAME_ANNOTATION);
        tsd.addType(UnsetNumbers.MARKER, "No instances; its presence says that a number feature holding NaN is unset",
                CAS.TYPE_NAME_TOP);
        Set<String> typeNames = new HashSet<>(Set.of(AttestTypes.SENTENCE, AttestTypes.TOKEN, UnsetNumbers.MARKER));
        for (Layer layer : schema.getLayers()) {
            check(schema, layer, typeNames);
            LayerSupport.of(layer).describe(layer, tsd);
        }
        return tsd;
    }

    private static void check(Schema schema, Layer layer, Set<String> typeNames) {
        if (layer.getName() == null || !NAME.matcher(layer.getName()).matches()) {
            throw new IllegalArgumentException("Schema '" + schema.getName() + "' has a layer named '"
                    + layer.getName() + "'; use letters, digits and '_' only, starting with a letter");
        }
        if (!typeNames.add(Schemas.typeName(layer))) {
            throw new IllegalArgumentException("Schema '" + schema.getName() + "' defines layer '" + layer.getName()
                    + "' twice or clashes with Sentence/Token; give the layer another name");
        }
        Set<String> featureNames = new HashSet<>();
        for (FeatureDefinition feature : layer.getFeatures()) {
            if (feature.getName() == null || !NAME.matcher(feature.getName()).matches()) {
                throw new IllegalArgumentException("Layer '" + layer.getName() + "' has a feature named '"
                        + feature.getName() + "'; use letters, digits and '_' only, starting with a letter");
            }
            if (!featureNames.add(feature.getName())) {
                throw new IllegalArgumentException("Layer '" + layer.getName() + "' defines feature '"
                        + feature.getName() + "' twice; rename or remove one");
            }
        }
    }
}
