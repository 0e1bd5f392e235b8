package org.attest.model.persist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.CorpusPackage;
import org.attest.model.CurationRecord;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Reads and writes the corpus model as a human-readable, diff-friendly XMI document; works with or without OSGi. */
public final class CorpusModelFormat {

    /** The file name of the corpus model inside a corpus folder. */
    public static final String FILE_NAME = "corpus.xmi";

    private CorpusModelFormat() {
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
            throw new CorpusModelException(name + ": the file holds no Attest schema (expected one <attest:Schema> root element)");
        }
        return schema;
    }

    /** Serialises a document's curation record to UTF-8 XMI bytes; equal records give equal bytes. */
    public static byte[] writeCurationRecord(CurationRecord record) throws IOException {
        return writeRoot(record);
    }

    /** Parses a curation record written by {@link #writeCurationRecord}; {@code name} appears in every error message. */
    public static CurationRecord readCurationRecord(byte[] xmi, String name) throws CorpusModelException {
        Resource resource = load(xmi, name);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof CurationRecord record)) {
            throw new CorpusModelException(name + ": the file holds no curation record (expected one <attest:CurationRecord> root element)");
        }
        return record;
    }

    private static byte[] writeRoot(EObject root) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("attest:/" + FILE_NAME));
        Resource previous = root.eResource();
        resource.getContents().add(root);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            resource.save(out, saveOptions());
            return out.toByteArray();
        } finally {
            resource.getContents().clear();
            if (previous != null) {
                previous.getContents().add(root);
            }
        }
    }

    /** Parses corpus XMI; {@code name} (usually the file path) appears in every error message. */
    public static Corpus read(byte[] xmi, String name) throws CorpusModelException {
        Resource resource = load(xmi, name);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new CorpusModelException(name + ": the file holds no Attest corpus (expected one <attest:Corpus> root element)");
        }
        return corpus;
    }

    private static Resource load(byte[] xmi, String name) throws CorpusModelException {
        Resource resource = newResourceSet().createResource(URI.createURI("attest:/" + FILE_NAME));
        try {
            resource.load(new ByteArrayInputStream(xmi), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new CorpusModelException(name + ": not a readable Attest model file (" + rootCause(e) + ")", e);
        }
        List<Resource.Diagnostic> errors = resource.getErrors();
        if (!errors.isEmpty()) {
            Resource.Diagnostic first = errors.get(0);
            throw new CorpusModelException(name + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage());
        }
        return resource;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(CorpusPackage.eNS_URI, CorpusPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return set;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> parserFeatures = new HashMap<>();
        // The model never needs a DOCTYPE; refusing it rules out external entities and entity expansion.
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }
}
