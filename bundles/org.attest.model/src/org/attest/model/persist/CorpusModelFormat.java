package org.attest.model.persist;

import java.io.IOException;

import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.CorpusPackage;
import org.attest.model.CurationRecord;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Reads and writes the corpus model as a human-readable, diff-friendly XMI document; works with or without OSGi. */
public final class CorpusModelFormat {

    /** The file name of the corpus model inside a corpus folder. */
    public static final String FILE_NAME = "corpus.xmi";

    private CorpusModelFormat() {
    }

    /**
     * Initialises the model's packages and the reading of its XMI, as the first read would: a command line does it on
     * another thread while it reads its arguments.
     */
    public static void prepare() {
        String empty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<attest:Corpus xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:attest=\"" + CorpusPackage.eNS_URI
                + "\" name=\"prepare\"/>";
        try {
            read(empty.getBytes(java.nio.charset.StandardCharsets.UTF_8), "prepare");
        } catch (CorpusModelException e) {
            throw new IllegalStateException("the model cannot read an empty corpus: " + e.getMessage(), e);
        }
    }

    /** Creates an empty corpus called {@code name} with the default news schema. */
    public static Corpus newCorpus(String name) {
        Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
        corpus.setName(name);
        corpus.setCreated(new java.util.Date());
        corpus.setSchema(DefaultSchema.create());
        return corpus;
    }

    /** Serialises {@code corpus} to UTF-8 XMI bytes; equal models give equal bytes. */
    public static byte[] write(Corpus corpus) throws IOException {
        return writeRoot(corpus);
    }

    /** Serialises a copy of {@code schema} to UTF-8 XMI bytes, for editing it outside the corpus. */
    public static byte[] writeSchema(Schema schema) throws IOException {
        return writeRoot(EcoreUtil.copy(schema));
    }

    /** Parses a schema written by {@link #writeSchema}; {@code name} appears in every error message. */
    public static Schema readSchema(byte[] xmi, String name) throws CorpusModelException {
        Resource resource = load(xmi, name);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Schema schema)) {
            throw new CorpusModelException(
                    name + ": the file holds no Attest schema (expected one <attest:Schema> root element)");
        }
        return schema;
    }

    /** Serialises a document's curation record to UTF-8 XMI bytes; equal records give equal bytes. */
    public static byte[] writeCurationRecord(CurationRecord record) throws IOException {
        return writeRoot(record);
    }

    /**
     * Parses a curation record written by {@link #writeCurationRecord}; {@code name} appears in every error message.
     */
    public static CurationRecord readCurationRecord(byte[] xmi, String name) throws CorpusModelException {
        Resource resource = load(xmi, name);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof CurationRecord record)) {
            throw new CorpusModelException(
                    name + ": the file holds no curation record (expected one <attest:CurationRecord> root element)");
        }
        return record;
    }

    private static byte[] writeRoot(EObject root) throws IOException {
        return Xmi.write(root);
    }

    /** Parses corpus XMI; {@code name} (usually the file path) appears in every error message. */
    public static Corpus read(byte[] xmi, String name) throws CorpusModelException {
        Resource resource = load(xmi, name);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new CorpusModelException(
                    name + ": the file holds no Attest corpus (expected one <attest:Corpus> root element)");
        }
        return corpus;
    }

    private static Resource load(byte[] xmi, String name) throws CorpusModelException {
        return Xmi.load(xmi, name);
    }
}
