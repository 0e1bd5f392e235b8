package org.attest.suggest.api;

import java.util.Objects;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.store.CorpusStore;

/**
 * The document a recommender is asked about.
 *
 * @param store the corpus, open for reading at least; a recommender must not write to it
 * @param document the document
 * @param cas the document's CAS as the annotator has it (or a segmented CAS of its text when they have none), with
 *     sentences and tokens; a recommender reads it and must not change it
 * @param language the document's language as an ISO 639-1 code, such as {@code en}; {@code en} when unknown
 */
public record SuggestionContext(CorpusStore store, Document document, CAS cas, String language) {

    /** Checks that everything is there. */
    public SuggestionContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(cas, "cas");
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** Returns the document's text. */
    public String text() {
        return cas.getDocumentText();
    }
}
