package org.attest.core.info;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.model.Layer;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** Computes the summary that {@code attest info} prints. */
public final class CorpusInfo {

    private final CorpusStore store;

    /** Creates the service over an open corpus. */
    public CorpusInfo(CorpusStore store) {
        this.store = store;
    }

    /** Summarises the corpus, reading every annotator's CAS to count annotations per layer. */
    public CorpusSummary summarise() throws CorpusException {
        List<String> annotators = store.corpus().getAnnotators().stream().map(Annotator::getName).toList();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> states = new LinkedHashMap<>();
        for (String a : annotators) {
            counts.put(a, emptyCounts());
            states.put(a, new LinkedHashMap<>());
        }
        List<CorpusSummary.DocumentRow> rows = new ArrayList<>();
        for (Document d : store.corpus().getDocuments()) {
            Map<String, String> docStates = new LinkedHashMap<>();
            Map<String, Integer> docCounts = new LinkedHashMap<>();
            for (String a : annotators) {
                String state = CorpusStore.state(d, a).getLiteral();
                docStates.put(a, state);
                states.get(a).merge(state, 1, Integer::sum);
                if (store.hasCas(d, a)) {
                    CAS cas = store.readCas(d, a);
                    int total = 0;
                    for (var e : new Layers(cas, store.corpus().getSchema()).countPerLayer().entrySet()) {
                        counts.get(a).merge(e.getKey(), e.getValue(), Integer::sum);
                        total += e.getValue();
                    }
                    docCounts.put(a, total);
                }
            }
            org.attest.model.GoldState gold = store.goldState(d);
            if (gold != org.attest.model.GoldState.NONE) {
                docStates.put(org.attest.store.CorpusLayout.GOLD, gold.getLiteral());
            }
            rows.add(new CorpusSummary.DocumentRow(d.getId(), d.getTitle(), d.getOutlet(), d.getPublicationDate(),
                    d.getTextLength(), docStates, docCounts));
        }
        return new CorpusSummary(store.corpus().getName(), store.corpus().getSchema().getName(),
                store.corpus().getSchema().getVersion(),
                annotators, rows, counts, states);
    }

    private Map<String, Integer> emptyCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Layer l : store.corpus().getSchema().getLayers()) {
            m.put(l.getName(), 0);
        }
        return m;
    }
}
