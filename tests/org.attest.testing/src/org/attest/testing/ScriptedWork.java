package org.attest.testing;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** Scripted annotators' work for tests: every document annotated, saved and marked finished. */
public final class ScriptedWork {

    private ScriptedWork() {
    }

    /**
     * Lets {@code annotator} annotate every document of {@code store}, saves each CAS and marks it FINISHED; the model
     * is not saved.
     */
    public static void finishAll(CorpusStore store, ScriptedAnnotator annotator) throws CorpusException {
        work(store, annotator, DocumentState.FINISHED);
    }

    /**
     * Creates a corpus in {@code dir} with the project's samples, annotated and finished by careful anna and sloppier
     * ben.
     */
    public static void annotatedByAnnaAndBen(Path dir) throws Exception {
        try (CorpusStore store = annotatedByAnnaAndBen(dir, "flood", true)) {
            store.saveModel();
        }
    }

    /**
     * Creates a corpus named {@code name} in {@code dir} with the project's samples, annotated by anna (careful) and
     * ben (who
     * now and then skips, extends or relabels); anna finishes every article, ben only when {@code benFinishes}. Returns
     * the
     * open store with its model saved.
     */
    public static CorpusStore annotatedByAnnaAndBen(Path dir, String name, boolean benFinishes) throws Exception {
        CorpusStore store = CorpusStore.init(dir, name, "test");
        new ImportService(store)
                .run(new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                });
        work(store, new ScriptedAnnotator(store.corpus().getSchema(), Personality.careful("anna")),
                DocumentState.FINISHED);
        work(store, new ScriptedAnnotator(store.corpus().getSchema(), new Personality("ben", 7, 0.15, 0.3, 0.15)),
                benFinishes ? DocumentState.FINISHED : DocumentState.IN_PROGRESS);
        store.saveModel();
        return store;
    }

    private static void work(CorpusStore store, ScriptedAnnotator annotator, DocumentState state)
            throws CorpusException {
        for (Document document : store.corpus().getDocuments()) {
            CAS cas = store.readCas(document, annotator.name());
            annotator.annotate(cas);
            store.writeCas(document, annotator.name(), cas);
            store.setState(document, store.ensureAnnotator(annotator.name()), state);
        }
    }
}
