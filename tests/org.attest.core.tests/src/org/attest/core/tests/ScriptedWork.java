package org.attest.core.tests;

import org.apache.uima.cas.CAS;
import org.attest.core.CorpusException;
import org.attest.core.demo.ScriptedAnnotator;
import org.attest.core.store.CorpusStore;
import org.attest.model.Document;
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
}
