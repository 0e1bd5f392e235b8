package org.attest.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.attest.model.Corpus;
import org.attest.model.Document;

/** The documents of a corpus model by id, rebuilt whenever the model's documents changed since it was built. */
final class DocumentIndex {

    private final Corpus corpus;
    private final Map<String, Document> byId = new ConcurrentHashMap<>();

    DocumentIndex(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Finds document {@code id} in constant time while the model's documents stay as they were. */
    Optional<Document> find(String id) {
        Document found = byId.get(id);
        if (found == null || found.eContainer() != corpus || !id.equals(found.getId())
                || byId.size() != corpus.getDocuments().size()) {
            byId.clear();
            for (Document d : corpus.getDocuments()) {
                byId.putIfAbsent(d.getId(), d);
            }
            found = byId.get(id);
        }
        return Optional.ofNullable(found);
    }
}
