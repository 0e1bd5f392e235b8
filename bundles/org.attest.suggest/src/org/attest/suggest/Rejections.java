package org.attest.suggest;

import java.util.ArrayList;
import java.util.List;

import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.Suggestion;

/**
 * What an annotator rejected, kept per document in {@code suggestions/<annotator>/rejected/<document>.json} so that a
 * rejected suggestion is never proposed to them again, whichever recommender proposes it.
 */
public final class Rejections {

    private Rejections() {
    }

    /**
     * Remembers that {@code annotator} rejected {@code suggestion} in {@code document}; rejecting it twice keeps it
     * once.
     *
     * @throws CorpusException naming the file when it cannot be read or written
     */
    public static void reject(CorpusStore store, String annotator, Document document, Suggestion suggestion)
            throws CorpusException {
        SuggestionFiles files = new SuggestionFiles(store);
        java.nio.file.Path file = files.rejected(annotator, document);
        List<Suggestion> rejected = new ArrayList<>(files.read(file));
        if (rejected.stream().noneMatch(suggestion::sameAnnotation)) {
            rejected.add(suggestion);
            files.write(file, annotator, document, rejected);
        }
    }

    /**
     * Returns what {@code annotator} rejected in {@code document}.
     *
     * @throws CorpusException naming the file when it cannot be read
     */
    public static List<Suggestion> of(CorpusStore store, String annotator, Document document)
            throws CorpusException {
        SuggestionFiles files = new SuggestionFiles(store);
        return files.read(files.rejected(annotator, document));
    }

    /** Returns whether {@code suggestion} is one of {@code rejected}: same layer, offsets and label. */
    public static boolean isRejected(List<Suggestion> rejected, Suggestion suggestion) {
        return rejected.stream().anyMatch(suggestion::sameAnnotation);
    }
}
