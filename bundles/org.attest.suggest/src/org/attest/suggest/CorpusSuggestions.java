package org.attest.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Suggestion;

/**
 * Writes suggestions for annotators to review: for each document and annotator, what the recommenders propose that
 * the annotator's CAS does not hold and they did not reject, into {@code suggestions/<annotator>/<document>.json}.
 */
public final class CorpusSuggestions {

    /**
     * What was written.
     *
     * @param files the files written, one per document and annotator
     * @param counts the suggestions written per recommender, then per layer, in name order
     * @param failures what failed, per recommender and document
     * @param held suggestions left out because the annotator's CAS held them
     * @param rejected suggestions left out because the annotator had rejected them
     */
    public record Report(List<java.nio.file.Path> files, Map<String, Map<String, Integer>> counts,
            List<SuggestionService.Failure> failures, int held, int rejected) {
    }

    private final CorpusStore store;

    /** Creates the writer for the corpus of {@code store}, open for writing. */
    public CorpusSuggestions(CorpusStore store) {
        this.store = store;
    }

    /**
     * Writes the suggestions of {@code recommenders} for each of {@code annotators} in each of {@code documents}; where
     * every recommender failed on a document, its file is left as it was.
     *
     * @throws CorpusException naming the file when a CAS, a rejection file or a suggestion file cannot be read or
     *     written
     */
    public Report write(List<Document> documents, List<String> annotators, List<Recommender> recommenders)
            throws CorpusException {
        SuggestionService service = new SuggestionService(store);
        SuggestionFiles files = new SuggestionFiles(store);
        List<java.nio.file.Path> written = new ArrayList<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        recommenders.forEach(r -> counts.put(r.name(), new TreeMap<>()));
        List<SuggestionService.Failure> failures = new ArrayList<>();
        int held = 0;
        int rejected = 0;
        for (Document document : documents) {
            for (String annotator : annotators) {
                CAS cas = store.readCas(document, annotator);
                SuggestionService.Result result = service.compute(document, annotator, cas, recommenders);
                failures.addAll(result.failures());
                if (!recommenders.isEmpty() && result.failures().stream().map(SuggestionService.Failure::recommender)
                        .distinct().count() == recommenders.size()) {
                    // every recommender failed: the suggestions written before stay, not replaced by nothing
                    continue;
                }
                java.nio.file.Path file = files.pending(annotator, document);
                files.write(file, annotator, document, result.suggestions());
                written.add(file);
                for (Suggestion s : result.suggestions()) {
                    counts.computeIfAbsent(s.recommender(), k -> new TreeMap<>()).merge(s.layer(), 1, Integer::sum);
                }
                held += result.held();
                rejected += result.rejected();
            }
        }
        return new Report(written, counts, failures, held, rejected);
    }
}
