package org.attest.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.attest.core.parallel.OrderedPipeline;
import org.attest.diff.CasDiff;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.model.Layer;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;

/**
 * Reads one corpus document for the index: its text, metadata, every annotator's CAS and the gold, and its stamp (the
 * states and the size, time and file key of each file it was read from), which tells later whether it changed.
 */
final class DocumentReader {

    // documents whose stamps one worker takes at a time
    private static final int STAMP_CHUNK = 1_000;

    private final CorpusStore store;
    private final CasAnnotations annotations;

    DocumentReader(CorpusStore store) {
        this.store = store;
        this.annotations = new CasAnnotations(store.corpus().getSchema());
    }

    /** Returns the Lucene documents of {@code document}: passages, annotations and its stamp. */
    List<org.apache.lucene.document.Document> read(Document document) throws CorpusException {
        String stamp = stamp(document);
        Map<String, String> states = states(document);
        // the text is read and its SHA-256 checked once; each CAS is then checked against it
        String text = store.readText(document);
        IndexedDocument indexed = new IndexedDocument(document, text, store.goldState(document), states);
        indexed.addPassages();
        Map<String, CAS> cases = new LinkedHashMap<>();
        for (Annotator annotator : store.corpus().getAnnotators()) {
            if (store.hasCas(document, annotator.getName())) {
                cases.put(annotator.getName(), store.reads().annotations(document, annotator.getName(), text));
            }
        }
        Set<Position> disagreed = disagreed(cases);
        cases.forEach((annotator, cas) -> annotations.add(indexed, cas, annotator, disagreed));
        if (hasGold(document)) {
            annotations.add(indexed, store.reads().goldAnnotations(document, text), CorpusLayout.GOLD, Set.of());
        }
        indexed.addStamp(stamp);
        return indexed.built();
    }

    /**
     * Returns the stamps of {@code documents}, in their order, taken on all cores a chunk of documents at a time: at
     * 100,000 documents they are half a million questions to the file system, about 2 s on one thread.
     */
    List<String> stamps(List<Document> documents) {
        List<List<Document>> chunks = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += STAMP_CHUNK) {
            chunks.add(documents.subList(from, Math.min(documents.size(), from + STAMP_CHUNK)));
        }
        List<String> stamps = new ArrayList<>(documents.size());
        try (OrderedPipeline<List<Document>, List<String>> taken = new OrderedPipeline<>(chunks,
                OrderedPipeline.defaultThreads(), chunk -> chunk.stream().map(this::stamp).toList())) {
            while (taken.hasNext()) {
                stamps.addAll(taken.next());
            }
        } catch (CorpusException e) {
            // taking a stamp reads no file and throws nothing of the kind
            throw new IllegalStateException(e);
        }
        return stamps;
    }

    /**
     * Returns the stamp of {@code document} as its files are now: cheap (no file is read), and different after any
     * save, since every write replaces a file by another (a new file key) with a new time.
     */
    String stamp(Document document) {
        StringBuilder stamp = new StringBuilder();
        states(document).forEach((a, s) -> stamp.append(a).append('=').append(s).append(';'));
        CorpusLayout layout = store.layout();
        for (Annotator annotator : store.corpus().getAnnotators()) {
            file(stamp, layout.cas(document.getId(), annotator.getName()));
        }
        file(stamp, layout.gold(document.getId()));
        file(stamp, layout.curationRecord(document.getId()));
        return stamp.toString();
    }

    private static void file(StringBuilder stamp, Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            stamp.append(file.getFileName()).append(':').append(a.size()).append(':')
                    .append(a.lastModifiedTime().toMillis()).append(':').append(a.fileKey()).append(';');
        } catch (IOException e) {
            // an absent file is part of the stamp by its absence
        }
    }

    private static Map<String, String> states(Document document) {
        Map<String, String> states = new TreeMap<>();
        for (AnnotationState state : document.getStates()) {
            if (state.getAnnotator() != null && state.getState() != null) {
                states.put(state.getAnnotator().getName(), state.getState().getLiteral());
            }
        }
        return states;
    }

    private boolean hasGold(Document document) {
        return Files.isRegularFile(store.layout().gold(document.getId()), LinkOption.NOFOLLOW_LINKS);
    }

    // the positions where the annotators who have a CAS of the document differ
    private Set<Position> disagreed(Map<String, CAS> cases) {
        Set<Position> disagreed = new HashSet<>();
        if (cases.size() < 2) {
            return disagreed;
        }
        for (Layer layer : store.corpus().getSchema().getLayers()) {
            DiffResult diff = CasDiff.compare(store.corpus().getSchema(), cases, layer.getName());
            diff.positions().stream().filter(p -> !diff.isAgreed(p)).forEach(disagreed::add);
        }
        return disagreed;
    }
}
