package org.attest.search;

import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;

/** What the index tests do to a corpus and ask of a search: anna saves a prediction, a query's hits as text. */
final class Saves {

    private Saves() {
    }

    /** Returns the hits of {@code query} as {@code document/match}, in the search's order. */
    static List<String> matches(CorpusSearch search, String query) throws QueryException {
        return search.search(query, 100).hits().stream().map(h -> h.documentId() + "/" + h.match()).toList();
    }

    /** Saves anna's CAS of document {@code id} with a prediction claim over {@code words}. */
    static void addPrediction(CorpusStore store, String id, String words) throws Exception {
        Document document = store.document(id).orElseThrow();
        CAS cas = store.readCas(document, "anna");
        int begin = cas.getDocumentText().indexOf(words);
        new Layers(cas, store.corpus().getSchema()).addSpan(DefaultSchema.CLAIM, begin, begin + words.length(),
                Map.of("type", "prediction"));
        store.writeCas(document, "anna", cas);
    }
}
