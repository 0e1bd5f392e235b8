package org.attest.model.persist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.model.CorpusPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** The one place that turns Attest model objects into XMI bytes and back, with the same options for every file. */
final class Xmi {

    // Parsers are costly to make and a corpus has a file per document, so they are pooled (the pool is thread-safe).
    private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

    // each thread's feature tables for OPTION_USE_CACHED_LOOKUP_TABLE: EMF fills the list, which is not thread-safe
    private static final ThreadLocal<List<Object>> LOOKUP = ThreadLocal.withInitial(ArrayList::new);

    private Xmi() {
    }

    /**
     * Serialises {@code root}, a resource root or a free-standing object, to UTF-8 XMI; equal objects give equal bytes.
     */
    static byte[] write(EObject root) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("attest:/" + CorpusModelFormat.FILE_NAME));
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

    /** Parses {@code xmi}, whose only root must be a {@code type} ({@code element} names it in the error otherwise). */
    static <T extends EObject> T read(byte[] xmi, String name, Class<T> type, String element)
            throws CorpusModelException {
        Resource resource = load(xmi, name);
        if (resource.getContents().size() != 1 || !type.isInstance(resource.getContents().get(0))) {
            throw new CorpusModelException(
                    name + ": the file holds no " + element + " (expected one " + element + " root element)");
        }
        return type.cast(resource.getContents().get(0));
    }

    /** Loads {@code xmi} into a fresh resource; {@code name} (usually the file path) appears in every error message. */
    static Resource load(byte[] xmi, String name) throws CorpusModelException {
        Resource resource = newResourceSet().createResource(URI.createURI("attest:/" + CorpusModelFormat.FILE_NAME));
        try {
            resource.load(new ByteArrayInputStream(xmi), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new CorpusModelException(name + ": not a readable Attest model file (" + rootCause(e) + ")", e);
        }
        List<Resource.Diagnostic> errors = resource.getErrors();
        if (!errors.isEmpty()) {
            Resource.Diagnostic first = errors.get(0);
            throw new CorpusModelException(
                    name + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage());
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> outside = EcoreUtil.UnresolvedProxyCrossReferencer
                .find(resource);
        if (!outside.isEmpty()) {
            Map.Entry<EObject, Collection<EStructuralFeature.Setting>> first = outside.entrySet().iterator().next();
            EStructuralFeature.Setting where = first.getValue().iterator().next();
            throw new CorpusModelException(name + ": the " + where.getEStructuralFeature().getName() + " of a "
                    + where.getEObject().eClass().getName() + " refers to " + EcoreUtil.getURI(first.getKey())
                    + ", outside this file; a model file refers only to objects inside it: restore the file from version"
                    + " control or a backup");
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
        // A model file is read from memory and refers to nothing outside itself: a namespace or reference naming a URI
        // must never make EMF fetch it (an HTTP request to any host, or any local file, from a corpus someone shared).
        set.setURIConverter(new ExtensibleURIConverterImpl(List.of(new NothingOutside()), List.of()));
        set.getPackageRegistry().put(CorpusPackage.eNS_URI, CorpusPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", DatedXmiResource.factory());
        return set;
    }

    /** The only URI handler of a model file's resource set: it reads nothing, so no URI in a file is ever fetched. */
    private static final class NothingOutside extends URIHandlerImpl {

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("refused to read " + uri + ": an Attest model file refers to nothing outside itself");
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
        // a corpus writes many small files: EMF keeps its printer and escaping between saves (a synchronized cache)
        // and this thread's tables of each class's features, instead of making them for every file
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, LOOKUP.get());
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
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        return options;
    }
}
