package org.attest.ui.suggest;

import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.Suggestion;

/** Remembers the suggestions an annotator rejected, so they are not proposed to them again. */
final class Rejecting {

    private Rejecting() {
    }

    /** Records that {@code annotator} rejected {@code suggestion} in {@code document}. */
    static void reject(CorpusStore store, String annotator, Document document, Suggestion suggestion) {
        // interim until org.attest.suggest's Rejections is on this branch: the editor forgets on closing
    }
}
