package org.attest.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.suggest.SuggestionFiles;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.model.ModelRecommender;

/** Scores the documents of one shard from the suggestions written for an annotator. */
final class ShardSelect {

    private ShardSelect() {
    }

    /**
     * Returns a candidate for each document of the corpus {@code dir} that {@code annotator} has not finished, scored
     * from their pending suggestions; a document without suggestions scores 0.
     */
    static List<Candidate> run(String dir, String annotator) throws Exception {
        Path root = Path.of(dir);
        String shard = root.getFileName().toString();
        List<Candidate> result = new ArrayList<>();
        try (CorpusStore store = CorpusStore.open(root, CorpusStore.Mode.READ, "attest spark select")) {
            SuggestionFiles files = new SuggestionFiles(store);
            for (Document d : store.corpus().getDocuments()) {
                if (CorpusStore.state(d, annotator) == DocumentState.FINISHED) {
                    continue;
                }
                Path file = files.pending(annotator, d);
                List<Suggestion> suggestions = Files.isRegularFile(file) ? files.read(file) : List.of();
                result.add(Candidate.of(shard, d.getId(), d.getTitle(), store.readText(d), suggestions,
                        ModelRecommender.NAME));
            }
        }
        return result;
    }
}
