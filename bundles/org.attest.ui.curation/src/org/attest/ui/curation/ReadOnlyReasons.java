package org.attest.ui.curation;

import java.util.Optional;

import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.store.CorpusStore;

/**
 * Why a reviewer may not decide on a document: the corpus is read-only, another reviewer holds it, or it is curated.
 */
final class ReadOnlyReasons {

    private ReadOnlyReasons() {
    }

    /** Returns why decisions on {@code document} are refused, or null when they are allowed. */
    static String of(String corpusReadOnly, Optional<String> holder, CorpusStore store, Document document,
            GoldState goldState) {
        if (corpusReadOnly != null) {
            return "the corpus is open read-only: " + corpusReadOnly;
        } else if (holder.isPresent()) {
            return "'" + document.getId() + "' is being curated by " + holder.get()
                    + ", and one reviewer curates a document at a time. "
                    + "Ask " + holder.get() + " to mark it curated, or release it with 'attest curation "
                    + store.layout().dir() + " release "
                    + document.getId() + "'.";
        } else if (goldState == GoldState.CURATED) {
            return "'" + document.getId() + "' is marked curated; Document > Reopen Curation to change its decisions.";
        }
        return null;
    }
}
