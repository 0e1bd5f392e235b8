package org.attest.io;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.attest.model.Schema;

/**
 * Reads one article from a UIMA XMI file exported by another UIMA tool (INCEpTION, DKPro Core), using the type system
 * XML next to it ({@code TypeSystem.xml} or {@code typesystem.xml}) and mapping its annotations to the schema's layers.
 */
public final class XmiArticleReader implements ArticleReader {

    /** The type system file names looked for next to an XMI file, in order. */
    public static final List<String> TYPE_SYSTEM_NAMES = List.of("TypeSystem.xml", "typesystem.xml");

    private final Schema schema;

    /** Creates a reader that maps annotations to the layers of {@code schema}. */
    public XmiArticleReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Returns the one article of the XMI file {@code file}. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        byte[] xmi = FileBytes.read(file, options);
        SecureXml.refuseUnsafe(file.toString(), xmi);
        Path typeSystemFile = typeSystemFile(file);
        CAS cas = newCas(typeSystemFile, options);
        String fix = "export the document again as UIMA XMI together with the type system it was written with";
        SecureXml.parse(file.toString(), xmi, new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, false),
                fix);
        CAS view = initialView(file, cas);
        Article article = new CasArticleMapper(schema, file).map(view, options);
        MetadataFields.check(article.metadata(), file.toString());
        return List.of(article);
    }

    private static Path typeSystemFile(Path file) throws ImportException {
        Path folder = file.toAbsolutePath().getParent();
        for (String name : TYPE_SYSTEM_NAMES) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new ImportException(file + ": no UIMA type system found next to it (looked for "
                + folder.resolve(TYPE_SYSTEM_NAMES.get(0)) + " and " + folder.resolve(TYPE_SYSTEM_NAMES.get(1))
                + "); put the type system XML exported with the XMI (INCEpTION and DKPro Core write TypeSystem.xml) "
                + "in the same folder");
    }

    private static CAS newCas(Path typeSystemFile, ImportOptions options) throws ImportException {
        String where = typeSystemFile.toString();
        String fix = "use the type system XML exported together with the XMI";
        byte[] bytes = FileBytes.read(typeSystemFile, options);
        // Checked with the DOCTYPE-refusing parser first, so UIMA's own parser only ever sees safe XML.
        SecureXml.refuseUnsafe(where, bytes);
        SecureXml.parse(where, bytes, null, fix);
        TypeSystemDescription description;
        try {
            description = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                    new XMLInputSource(new ByteArrayInputStream(bytes),
                            typeSystemFile.toAbsolutePath().getParent().toFile()));
        } catch (InvalidXMLException e) {
            throw new ImportException(where + ": not a valid UIMA type system (" + e.getMessage() + "); " + fix, e);
        }
        if (description.getImports() != null && description.getImports().length > 0) {
            throw new ImportException(where + ": the type system imports other files ("
                    + importedName(description.getImports()[0])
                    + "), which Attest does not follow; export a self-contained type system (INCEpTION and DKPro Core do)");
        }
        try {
            return CasCreationUtils.createCas(description, null, null);
        } catch (ResourceInitializationException | RuntimeException e) {
            throw new ImportException(
                    where + ": UIMA cannot build a CAS from this type system (" + e.getMessage() + "); "
                            + fix,
                    e);
        }
    }

    // an import names its file either by location or by name, never both
    private static String importedName(org.apache.uima.resource.metadata.Import imported) {
        return imported.getLocation() != null
                ? imported.getLocation()
                : imported.getName() != null ? imported.getName() : "a file it does not name";
    }

    private static CAS initialView(Path file, CAS cas) throws ImportException {
        CAS initial = cas.getView(CAS.NAME_DEFAULT_SOFA);
        for (Iterator<CAS> views = cas.getViewIterator(); views.hasNext();) {
            CAS view = views.next();
            if (!CAS.NAME_DEFAULT_SOFA.equals(view.getViewName()) && hasAnnotations(view)) {
                throw new ImportException(file + ": the CAS has annotations in the view \"" + view.getViewName()
                        + "\"; Attest imports one document per file from the view " + CAS.NAME_DEFAULT_SOFA
                        + "; export each view as its own XMI file");
            }
        }
        if (initial.getDocumentText() == null) {
            throw new ImportException(file + ": the CAS has no document text in the view " + CAS.NAME_DEFAULT_SOFA
                    + "; export the document with its text");
        }
        return initial;
    }

    private static boolean hasAnnotations(CAS view) {
        Type documentAnnotation = view.getTypeSystem().getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        for (AnnotationFS annotation : view.getAnnotationIndex()) {
            if (!view.getTypeSystem().subsumes(documentAnnotation, annotation.getType())) {
                return true;
            }
        }
        return false;
    }
}
