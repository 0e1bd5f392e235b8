package org.attest.core.tests;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.store.CorpusException;
import org.attest.core.demo.ScriptedAnnotator;
import org.attest.core.demo.ScriptedAnnotator.Personality;
import org.attest.core.imports.ImportService;
import org.attest.store.CorpusStore;
import org.attest.model.Document;
import org.attest.io.ImportOptions;
import org.attest.model.DocumentState;

/** Scripted annotators' work for tests: every document annotated, saved and marked finished. */
public final class ScriptedWork {

    private ScriptedWork() {
    }

    /** Lets {@code annotator} annotate every document of {@code store}, saves each CAS and marks it FINISHED; the model is not saved. */
    public static void finishAll(CorpusStore store, ScriptedAnnotator annotator) throws CorpusException {
        for (Document document : store.corpus().getDocuments()) {
            CAS cas = store.readCas(document, annotator.name());
            annotator.annotate(cas);
            store.writeCas(document, annotator.name(), cas);
            store.setState(document, store.ensureAnnotator(annotator.name()), DocumentState.FINISHED);
        }
    }

    /** Creates a corpus in {@code dir} with the project's samples, annotated and finished by careful anna and sloppier ben. */
    public static void annotatedByAnnaAndBen(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.init(dir, "flood", "test")) {
            new ImportService(store).run(new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> { });
            finishAll(store, new ScriptedAnnotator(store.corpus().getSchema(), Personality.careful("anna")));
            finishAll(store, new ScriptedAnnotator(store.corpus().getSchema(), new Personality("ben", 7, 0.15, 0.3, 0.15)));
            store.saveModel();
        }
    }
}
