package org.attest.ui.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.agreement.corpus.AgreementInput;
import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;

/**
 * The documents and their annotators' states, copied from the open corpus on the UI thread, so the agreement job never
 * walks a model the UI may change; the job reads the CAS files through {@code AgreementService(store, documents)}.
 */
final class SnapshotInput {

    private final CorpusStore store;
    private final List<AgreementInput.Entry> documents;

    private SnapshotInput(CorpusStore store, List<AgreementInput.Entry> documents) {
        this.store = store;
        this.documents = documents;
    }

    /** Copies the documents and their annotators' states of {@code store} as they are now. */
    static SnapshotInput of(CorpusStore store) {
        List<AgreementInput.Entry> entries = new ArrayList<>();
        for (Document document : store.corpus().getDocuments()) {
            Map<String, DocumentState> states = new LinkedHashMap<>();
            for (AnnotationState state : document.getStates()) {
                states.put(state.getAnnotator().getName(), state.getState());
            }
            entries.add(new AgreementInput.Entry(document.getId(), states));
        }
        return new SnapshotInput(store, List.copyOf(entries));
    }

    /** Returns the corpus the snapshot was taken of, whose CAS files agreement reads (through its cache). */
    CorpusStore store() {
        return store;
    }

    /** Returns the documents in corpus order with their annotators' states when the snapshot was taken. */
    List<AgreementInput.Entry> documents() {
        return documents;
    }
}
