package org.attest.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.core.CorpusException;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.Schema;

/** Reads agreement's input from an open corpus. */
final class StoreInput implements AgreementInput {

    private final CorpusStore store;

    StoreInput(CorpusStore store) {
        this.store = store;
    }

    @Override
    public Schema schema() {
        return store.corpus().getSchema();
    }

    @Override
    public List<Entry> documents() {
        List<Entry> entries = new ArrayList<>();
        for (Document document : store.corpus().getDocuments()) {
            Map<String, org.attest.model.DocumentState> states = new LinkedHashMap<>();
            for (AnnotationState state : document.getStates()) {
                states.put(state.getAnnotator().getName(), state.getState());
            }
            entries.add(new Entry(document.getId(), states));
        }
        return entries;
    }

    @Override
    public CAS cas(String document, String annotator) throws CorpusException {
        Document found = store.document(document)
                .orElseThrow(() -> new CorpusException("document '" + document + "' is not in the corpus any more"));
        return store.readCas(found, annotator);
    }
}
