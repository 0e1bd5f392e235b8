package org.attest.model.persist;

import java.io.IOException;

import org.attest.model.AnnotatorRecord;
import org.attest.model.ClaimCluster;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.CorpusPackage;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads and writes the parts of a corpus that each live in a file of their own, so that every file has one writer:
 * the corpus header, a document's metadata, an annotator's record, an entity and a claim cluster.
 */
public final class CorpusPartsFormat {

    /** The format version of corpora whose model is split into files with one writer each. */
    public static final int SPLIT_FORMAT = 2;

    private CorpusPartsFormat() {
    }

    /** Serialises the header of {@code corpus} (name, format version, creation time) without anything it contains. */
    public static byte[] writeHeader(Corpus corpus) throws IOException {
        Corpus header = CorpusFactory.eINSTANCE.createCorpus();
        header.setName(corpus.getName());
        header.setFormatVersion(corpus.getFormatVersion());
        header.setCreated(corpus.getCreated());
        return Xmi.write(header);
    }

    /** Serialises {@code document}'s metadata and text hash; its annotators' states and gold state live elsewhere. */
    public static byte[] writeDocument(Document document) throws IOException {
        Document copy = EcoreUtil.copy(document);
        copy.getStates().clear();
        copy.eUnset(CorpusPackage.Literals.DOCUMENT__GOLD_STATE);
        return Xmi.write(copy);
    }

    /** Parses a document written by {@link #writeDocument}; {@code name} appears in every error message. */
    public static Document readDocument(byte[] xmi, String name) throws CorpusModelException {
        return Xmi.read(xmi, name, Document.class, "<attest:Document>");
    }

    /** Serialises an annotator's record. */
    public static byte[] writeAnnotatorRecord(AnnotatorRecord record) throws IOException {
        return Xmi.write(record);
    }

    /**
     * Parses an annotator record written by {@link #writeAnnotatorRecord}; {@code name} appears in every error message.
     */
    public static AnnotatorRecord readAnnotatorRecord(byte[] xmi, String name) throws CorpusModelException {
        AnnotatorRecord record = Xmi.read(xmi, name, AnnotatorRecord.class, "<attest:AnnotatorRecord>");
        if (record.getAnnotator() == null) {
            throw new CorpusModelException(
                    name + ": the annotator record names no annotator (expected an <annotator> element)");
        }
        return record;
    }

    /** Serialises one entity of the registry. */
    public static byte[] writeEntity(Entity entity) throws IOException {
        return Xmi.write(EcoreUtil.copy(entity));
    }

    /** Parses an entity written by {@link #writeEntity}; {@code name} appears in every error message. */
    public static Entity readEntity(byte[] xmi, String name) throws CorpusModelException {
        return Xmi.read(xmi, name, Entity.class, "<attest:Entity>");
    }

    /** Serialises one claim cluster. */
    public static byte[] writeCluster(ClaimCluster cluster) throws IOException {
        return Xmi.write(EcoreUtil.copy(cluster));
    }

    /** Parses a claim cluster written by {@link #writeCluster}; {@code name} appears in every error message. */
    public static ClaimCluster readCluster(byte[] xmi, String name) throws CorpusModelException {
        return Xmi.read(xmi, name, ClaimCluster.class, "<attest:ClaimCluster>");
    }

    /** Returns a detached copy of {@code object}, for writing a part of the model outside it. */
    public static <T extends EObject> T copy(T object) {
        return EcoreUtil.copy(object);
    }
}
