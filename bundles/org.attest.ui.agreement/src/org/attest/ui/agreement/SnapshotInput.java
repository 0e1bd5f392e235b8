package org.attest.ui.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.core.CorpusException;
import org.attest.core.agreement.AgreementInput;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Schema;

/** Agreement's input taken from the open corpus on the UI thread, so the job never walks a model the UI may change. */
final class SnapshotInput implements AgreementInput {

    private final CorpusStore store;
    private final Schema schema;
    private final List<Entry> documents;

    private SnapshotInput(CorpusStore store, Schema schema, List<Entry> documents) {
        this.store = store;
        this.schema = schema;
        this.documents = documents;
    }

    /** Copies the documents and their annotators' states of {@code store} as they are now. */
    static SnapshotInput of(CorpusStore store) {
        List<Entry> entries = new ArrayList<>();
        for (Document document : store.corpus().getDocuments()) {
            Map<String, DocumentState> states = new LinkedHashMap<>();
            for (AnnotationState state : document.getStates()) {
                states.put(state.getAnnotator().getName(), state.getState());
            }
            entries.add(new Entry(document.getId(), states));
        }
        return new SnapshotInput(store, store.corpus().getSchema(), List.copyOf(entries));
    }

    /** Returns the corpus the snapshot was taken of, whose CAS files agreement reads (through its cache). */
    CorpusStore store() {
        return store;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public List<Entry> documents() {
        return documents;
    }

    @Override
    public CAS cas(String document, String annotator) throws CorpusException {
        Document found = store.document(document)
                .orElseThrow(() -> new CorpusException("document '" + document + "' is not in the corpus any more; refresh the view"));
        return store.readCas(found, annotator);
    }
}
