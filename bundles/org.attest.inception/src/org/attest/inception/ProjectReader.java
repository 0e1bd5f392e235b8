package org.attest.inception;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.model.DocumentState;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusNames;

/**
 * Reads the documents of a project export: for each source document its text (from an annotation XMI, else from its
 * plain-text source file), each user's annotations and state, and the curation, collecting what it leaves out.
 */
final class ProjectReader {

    private final ProjectZip zip;
    private final ExportedProject project;
    private final InceptionXmi xmi;
    private final Map<String, Integer> leftOut = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> takenIds = new HashSet<>();

    ProjectReader(ProjectZip zip, ExportedProject project, InceptionXmi xmi) {
        this.zip = zip;
        this.project = project;
        this.xmi = xmi;
    }

    /** Reads every source document of the project, refusing the project when one cannot be read. */
    List<ProjectDocument> documents() throws ImportException {
        List<ProjectDocument> documents = new ArrayList<>();
        for (ExportedProject.SourceDocument source : project.sourceDocuments()) {
            documents.add(document(source));
        }
        zip.names().stream().filter(n -> n.startsWith(InceptionLayout.ANNOTATION_SER + "/")
                || n.startsWith(InceptionLayout.CURATION_SER + "/")).findFirst()
                .filter(n -> documents.stream().allMatch(d -> d.annotations().isEmpty() && d.gold() == null))
                .ifPresent(n -> notes.add("the project holds serialized CASes (" + n + " ...) but no XMI; "
                        + "Attest reads the annotations from the XMI files INCEpTION adds when the project is "
                        + "exported with the format UIMA CAS XMI"));
        return documents;
    }

    /** Returns the annotations left out, by type (or type:feature), with their count. */
    Map<String, Integer> leftOut() {
        return leftOut;
    }

    /** Returns the notes collected while reading. */
    List<String> notes() {
        return notes;
    }

    private ProjectDocument document(ExportedProject.SourceDocument source) throws ImportException {
        String name = source.name();
        Map<String, Article> annotations = new LinkedHashMap<>();
        Article gold = null;
        Article initial = null;
        for (String entry : zip.namesIn(InceptionLayout.ANNOTATION + "/" + name)) {
            if (!InceptionXmi.isAnnotationFile(entry)) {
                continue;
            }
            String user = baseName(entry.substring(entry.lastIndexOf('/') + 1));
            Article article = counted(xmi.read(zip, entry));
            if (user.equals(InceptionLayout.INITIAL_CAS_USER)) {
                initial = article;
            } else if (user.equals(InceptionLayout.CURATION_USER)) {
                gold = article;
            } else {
                annotations.put(checkedUser(user, entry), article);
            }
        }
        for (String entry : zip.namesIn(InceptionLayout.CURATION + "/" + name)) {
            if (InceptionXmi.isAnnotationFile(entry)) {
                gold = counted(xmi.read(zip, entry));
            }
        }
        String text = text(source, annotations, gold, initial);
        for (Article article : annotations.values()) {
            requireSameText(article, text, name);
        }
        if (gold != null) {
            requireSameText(gold, text, name);
        }
        Map<String, DocumentState> states = new TreeMap<>();
        annotations.keySet().forEach(user -> states.put(user, DocumentState.IN_PROGRESS));
        for (ExportedProject.AnnotationDocument a : project.annotationDocuments()) {
            if (!name.equals(a.name()) || a.user() == null || a.user().equals(InceptionLayout.CURATION_USER)) {
                continue;
            }
            DocumentState state = InceptionLayout.annotatorState(a.state());
            String user = checkedUser(a.user(), zip.where());
            states.put(user, state);
            if (!annotations.containsKey(user) && (state == DocumentState.IN_PROGRESS
                    || state == DocumentState.FINISHED)) {
                notes.add(a.user() + "'s work on " + name + " (" + a.state()
                        + ") came without an annotation XMI; the state is kept, the annotations are not in the archive");
            }
        }
        String id = CorpusNames.derive(baseName(name), "document", takenIds);
        takenIds.add(id.toLowerCase(Locale.ROOT));
        return new ProjectDocument(name, id, text, annotations, states, gold,
                InceptionLayout.goldState(source.state(), gold != null));
    }

    private Article counted(Article article) {
        article.unknownTypes().forEach((type, count) -> leftOut.merge(type, count, Integer::sum));
        return article;
    }

    private String text(ExportedProject.SourceDocument source, Map<String, Article> annotations, Article gold,
            Article initial) throws ImportException {
        if (gold != null) {
            return gold.text();
        }
        if (!annotations.isEmpty()) {
            return annotations.values().iterator().next().text();
        }
        if (initial != null) {
            return initial.text();
        }
        String entry = InceptionLayout.SOURCE + "/" + source.name();
        byte[] bytes = zip.entry(entry).orElseThrow(() -> new ImportException(zip.where() + " has no source file "
                + entry + " and no annotation XMI for the source document '" + source.name()
                + "', so its text is missing; export the project again from INCEpTION with the format UIMA CAS XMI"));
        boolean plainText = InceptionLayout.TEXT_FORMAT.equals(source.format())
                || source.name().toLowerCase(Locale.ROOT).endsWith(".txt");
        if (!plainText) {
            throw new ImportException(zip.where(entry) + " is in INCEpTION's format '" + source.format()
                    + "', which Attest reads only through an annotation XMI; export the project again with the "
                    + "format UIMA CAS XMI");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(zip.where(entry) + " is not UTF-8 text; export the project again with the "
                    + "format UIMA CAS XMI, which carries the text INCEpTION shows", e);
        }
    }

    private void requireSameText(Article article, String text, String name) throws ImportException {
        if (!article.text().equals(text)) {
            throw new ImportException(article.sourceName() + " holds another text than the other files of '" + name
                    + "' (" + article.text().length() + " against " + text.length()
                    + " characters); export the project again from INCEpTION");
        }
    }

    private String checkedUser(String user, String where) throws ImportException {
        try {
            return CorpusLayout.checkAnnotatorName(user);
        } catch (IllegalArgumentException e) {
            throw new ImportException(where + ": the INCEpTION user '" + user + "' cannot be an Attest annotator ("
                    + e.getMessage() + "); rename the user in INCEpTION and export the project again", e);
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
