package org.attest.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.cas.CAS;
import org.attest.core.CorpusException;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.Schema;

/** Reads agreement's input from an open corpus, in parallel, reusing the CASes agreement is done with. */
final class StoreInput implements AgreementInput {

    // enough for every thread's annotators of a few documents in flight
    private static final int POOLED = 32;

    private final CorpusStore store;
    private final Map<String, Document> byId = new HashMap<>();
    private final ConcurrentLinkedQueue<CAS> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pooled = new AtomicInteger();

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
        synchronized (byId) {
            byId.clear();
            for (Document document : store.corpus().getDocuments()) {
                Map<String, org.attest.model.DocumentState> states = new LinkedHashMap<>();
                for (AnnotationState state : document.getStates()) {
                    states.put(state.getAnnotator().getName(), state.getState());
                }
                entries.add(new Entry(document.getId(), states));
                byId.putIfAbsent(document.getId(), document);
            }
        }
        return entries;
    }

    @Override
    public CAS cas(String document, String annotator) throws CorpusException {
        Document found;
        synchronized (byId) {
            found = byId.get(document);
            if (found == null) {
                found = store.document(document)
                        .orElseThrow(() -> new CorpusException("document '" + document + "' is not in the corpus any more"));
            }
        }
        CAS reuse = pool.poll();
        if (reuse != null) {
            pooled.decrementAndGet();
        }
        CAS cas = store.readCas(found, annotator, reuse);
        if (reuse != null && cas != reuse) {
            release(reuse);
        }
        return cas;
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public void release(CAS cas) {
        if (cas.getTypeSystem() == store.casFactory().typeSystem() && pooled.incrementAndGet() <= POOLED) {
            pool.add(cas);
        } else {
            pooled.decrementAndGet();
        }
    }
}
