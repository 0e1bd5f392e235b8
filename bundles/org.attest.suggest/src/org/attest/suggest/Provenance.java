package org.attest.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** How much of each annotator's work came from suggestions: their spans, and those marked {@code suggestedBy}. */
public final class Provenance {

    /**
     * One annotator's spans.
     *
     * @param annotator the annotator's name
     * @param spans all their spans, over every document they have a CAS of
     * @param suggested the spans accepted from suggestions, per recommender in name order
     */
    public record Row(String annotator, int spans, Map<String, Integer> suggested) {

        /** Returns how many spans came from suggestions of any recommender. */
        public int fromSuggestions() {
            return suggested.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Provenance() {
    }

    /**
     * Returns a row per annotator of the corpus, in corpus order.
     *
     * @throws CorpusException naming the file when a CAS cannot be read
     */
    public static List<Row> count(CorpusStore store) throws CorpusException {
        List<Row> rows = new ArrayList<>();
        List<SpanLayer> layers = Schemas.spanLayers(store.corpus().getSchema());
        for (Annotator annotator : store.corpus().getAnnotators()) {
            int spans = 0;
            Map<String, Integer> suggested = new TreeMap<>();
            CAS reuse = null;
            for (Document document : store.corpus().getDocuments()) {
                if (!store.hasCas(document, annotator.getName())) {
                    continue;
                }
                reuse = store.readCas(document, annotator.getName(), reuse);
                Layers read = new Layers(reuse, store.corpus().getSchema());
                for (SpanLayer layer : layers) {
                    for (AnnotationFS fs : read.spans(layer.getName())) {
                        spans++;
                        String by = Acceptance.suggestedBy(fs);
                        if (by != null) {
                            suggested.merge(by, 1, Integer::sum);
                        }
                    }
                }
            }
            rows.add(new Row(annotator.getName(), spans, suggested));
        }
        return rows;
    }
}
