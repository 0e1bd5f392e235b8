package org.attest.inception;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.cas.CAS;
import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.AtomicFiles;

/**
 * Exports a corpus as an INCEpTION project export ZIP ({@code CORPUS-inception.zip}): the project JSON, each document's
 * text in {@code source/}, each annotator's work as XMI (with its type system) and as a serialized CAS, the gold as the
 * curation, the states mapped to INCEpTION's; written atomically, the same corpus giving the same bytes.
 */
public final class InceptionExport {

    // a fixed time for every entry: an unchanged corpus exports byte-identical archives
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final CorpusStore store;

    /** Creates an export of the corpus {@code store} holds. */
    public InceptionExport(CorpusStore store) {
        this.store = store;
    }

    /**
     * What an export wrote.
     *
     * @param file the archive
     * @param documents the documents written
     * @param annotationFiles the annotators' documents written
     * @param curatedFiles the gold documents written as curation
     * @param leftOut annotations INCEpTION's layers cannot hold, by Attest layer, with their count
     */
    public record Result(Path file, int documents, int annotationFiles, int curatedFiles,
            Map<String, Integer> leftOut) {
    }

    /** Writes the archive into the folder {@code out} (created when absent), replacing an older one only when done. */
    public Result run(Path out) throws CorpusException, IOException {
        String name = store.corpus().getName() == null ? "corpus" : store.corpus().getName();
        // the name is free text: only its letters and digits go into the file name, which stays inside OUT
        Path file = out.resolve(org.attest.store.CorpusNames.derive(name, "corpus", List.of()) + "-inception.zip");
        AtomicFiles.createDirectories(out);
        DkproCas dkpro = new DkproCas(store.corpus().getSchema());
        List<ExportedProject.SourceDocument> sources = new ArrayList<>();
        List<ExportedProject.AnnotationDocument> annotations = new ArrayList<>();
        Map<String, Integer> leftOut = new TreeMap<>();
        int[] counts = new int[2];
        List<Document> documents = new ArrayList<>(store.corpus().getDocuments());
        documents.sort(Comparator.comparing(Document::getId));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Document document : documents) {
                String docName = document.getId() + ".txt";
                entry(zip, InceptionLayout.SOURCE + "/" + docName,
                        store.readText(document).getBytes(StandardCharsets.UTF_8));
                boolean annotated = false;
                boolean allFinished = !document.getStates().isEmpty();
                List<AnnotationState> states = new ArrayList<>(document.getStates());
                states.sort(Comparator.comparing(s -> s.getAnnotator().getName()));
                for (AnnotationState state : states) {
                    String user = state.getAnnotator().getName();
                    annotations.add(new ExportedProject.AnnotationDocument(docName, user,
                            InceptionLayout.annotatorState(state.getState())));
                    annotated |= state.getState() != DocumentState.NEW;
                    allFinished &= state.getState() == DocumentState.FINISHED;
                    if (store.hasCas(document, user)) {
                        write(zip, docName, InceptionLayout.ANNOTATION, InceptionLayout.ANNOTATION_SER, user,
                                dkpro.convert(store.readCas(document, user), document.getId(), document.getTitle(),
                                        leftOut));
                        counts[0]++;
                    }
                }
                GoldState gold = store.goldState(document);
                if (Files.isRegularFile(store.layout().gold(document.getId()))) {
                    write(zip, docName, InceptionLayout.CURATION, InceptionLayout.CURATION_SER,
                            InceptionLayout.CURATION_USER, dkpro.convert(store.readGold(document),
                                    document.getId(), document.getTitle(), leftOut));
                    counts[1]++;
                }
                sources.add(new ExportedProject.SourceDocument(docName, InceptionLayout.TEXT_FORMAT,
                        InceptionLayout.sourceState(gold, annotated, allFinished)));
            }
            List<ExportedProject.Layer> layers = new ArrayList<>();
            layers.add(new ExportedProject.Layer(InceptionLayout.NAMED_ENTITY, "span", List.of("value", "identifier")));
            layers.addAll(dkpro.customLayers());
            ExportedProject project = new ExportedProject(name, sources, annotations, layers);
            entry(zip, InceptionLayout.PROJECT_JSON, project.toJson());
        }
        AtomicFiles.write(file, (OutputStream o) -> o.write(bytes.toByteArray()));
        return new Result(file, documents.size(), counts[0], counts[1], leftOut);
    }

    private static void write(ZipOutputStream zip, String docName, String folder, String serFolder, String user,
            DkproCas.Files files) throws IOException {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream nested = new ZipOutputStream(inner)) {
            entry(nested, docName.replaceAll("\\.txt$", "") + ".xmi", files.xmi());
            entry(nested, "TypeSystem.xml", files.typeSystem());
        }
        entry(zip, folder + "/" + docName + "/" + user + ".zip", inner.toByteArray());
        entry(zip, serFolder + "/" + docName + "/" + user + ".ser", files.serialized());
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
