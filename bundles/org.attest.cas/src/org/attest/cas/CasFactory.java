package org.attest.cas;

import java.util.Properties;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.attest.model.Schema;

/** Creates CASes for one schema, committing the schema's type system once and reusing it for every CAS. */
public final class CasFactory {

    // UIMA sizes a CAS's tables for 500,000 heap cells and clears them on every reset; a news article needs a few
    // thousand, and the tables grow when a larger document needs it.
    private static final int INITIAL_HEAP_SIZE = 8_192;
    private static final Properties TUNING = new Properties();

    static {
        TUNING.setProperty(UIMAFramework.CAS_INITIAL_HEAP_SIZE, Integer.toString(INITIAL_HEAP_SIZE));
    }

    private final Schema schema;
    // committed on first use: a command that reads no CAS (attest info of a corpus without work) never needs it
    private volatile TypeSystem typeSystem;
    private final Segmenter segmenter;
    // the schema as it was when the factory was made, described on first use: starting UIMA's framework to describe
    // it costs a command that reads no CAS (attest info) a noticeable part of its start
    private final Schema snapshot;
    private volatile org.apache.uima.resource.metadata.TypeSystemDescription description;
    private volatile TypeSystemFile typeSystemFile;

    /** Creates a factory for {@code schema} with an English {@link Segmenter}. */
    public CasFactory(Schema schema) {
        this(schema, new Segmenter());
    }

    /**
     * Creates a factory for {@code schema} that segments new texts with {@code segmenter}; the schema's layers are
     * read now, so a later schema change needs a new factory.
     */
    public CasFactory(Schema schema, Segmenter segmenter) {
        this.schema = schema;
        this.segmenter = segmenter;
        TypeSystemFactory.check(schema);
        this.snapshot = org.eclipse.emf.ecore.util.EcoreUtil.copy(schema);
    }

    private org.apache.uima.resource.metadata.TypeSystemDescription description() {
        org.apache.uima.resource.metadata.TypeSystemDescription described = description;
        if (described == null) {
            synchronized (this) {
                described = description;
                if (described == null) {
                    described = TypeSystemFactory.describe(snapshot);
                    description = described;
                }
            }
        }
        return described;
    }

    /** Returns a new CAS holding {@code text} with its sentences and tokens annotated. */
    public CAS newCas(String text) {
        CAS cas = emptyCas();
        cas.setDocumentText(text);
        cas.setDocumentLanguage(segmenter.language());
        segmenter.segment(cas);
        return cas;
    }

    /**
     * Returns a new CAS holding {@code text} with the sentences and tokens of {@code segmentation}, which a source
     * fixed, instead of segmenting the text again.
     */
    public CAS newCas(String text, Segmentation segmentation) {
        segmentation.checkWithin(text.length());
        CAS cas = emptyCas();
        cas.setDocumentText(text);
        cas.setDocumentLanguage(segmenter.language());
        org.apache.uima.cas.Type sentence = cas.getTypeSystem().getType(AttestTypes.SENTENCE);
        org.apache.uima.cas.Type token = cas.getTypeSystem().getType(AttestTypes.TOKEN);
        segmentation.sentences().forEach(s -> cas.addFsToIndexes(cas.createAnnotation(sentence, s.begin(), s.end())));
        segmentation.tokens().forEach(t -> cas.addFsToIndexes(cas.createAnnotation(token, t.begin(), t.end())));
        return cas;
    }

    /** Returns a new CAS of this factory's type system with no text yet, e.g. to deserialize into. */
    public CAS emptyCas() {
        try {
            return CasCreationUtils.createCas(typeSystem(), null, null, TUNING);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(
                    "Cannot create a CAS for schema '" + schema.getName() + "': " + e.getMessage(), e);
        }
    }

    /** Returns the committed type system shared by all CASes of this factory. */
    public TypeSystem typeSystem() {
        TypeSystem committed = typeSystem;
        if (committed == null) {
            synchronized (this) {
                committed = typeSystem;
                if (committed == null) {
                    committed = commit();
                    typeSystem = committed;
                }
            }
        }
        return committed;
    }

    // Committing a type system is the expensive part of creating a CAS; done once per factory.
    private TypeSystem commit() {
        try {
            return CasCreationUtils.createCas(description(), null, null).getTypeSystem();
        } catch (ResourceInitializationException e) {
            throw new IllegalArgumentException(
                    "Schema '" + schema.getName() + "' does not give a valid UIMA type system: "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Returns the type system file of this factory's type system, as a corpus keeps it once for all CASes written with
     * it.
     */
    public TypeSystemFile typeSystemFile() {
        TypeSystemFile file = typeSystemFile;
        if (file == null) {
            // made on first use: a factory that only reads earlier files never needs it
            file = TypeSystemFile.of(description());
            typeSystemFile = file;
        }
        return file;
    }

    /** Returns the schema this factory's type system was generated from. */
    public Schema schema() {
        return schema;
    }

    /** Returns the segmenter that annotates sentences and tokens of new CASes. */
    public Segmenter segmenter() {
        return segmenter;
    }
}
