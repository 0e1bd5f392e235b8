package org.attest.suggest.api;

import java.util.List;
import java.util.Set;

/**
 * Proposes annotations for a document: registry names, cue words, figures, a trained model, a language model.
 * Implementations have a public no-argument constructor, are registered with the extension point
 * {@code org.attest.suggest.api.recommenders} and in {@code META-INF/services/org.attest.suggest.api.Recommender}, and
 * may be called from several threads at once.
 */
public interface Recommender {

    /** Returns the name users choose it by ({@code --recommender NAME}), lower case, such as {@code figures}. */
    String name();

    /** Returns what it proposes, in one line, such as "statistic claims: numbers with qualifier and unit". */
    String description();

    /** Returns the span layers it proposes, such as {@code Entity}. */
    Set<String> layers();

    /**
     * Returns whether it sends the document's text out of this machine, so it stays off until the user turns it on
     * for the corpus.
     */
    default boolean sendsTextOut() {
        return false;
    }

    /**
     * Returns its suggestions for the document of {@code context}, in offset order; they may repeat annotations the
     * CAS already holds, which the caller leaves out.
     *
     * @throws SuggestException when it cannot propose anything for the document, saying why
     */
    List<Suggestion> suggest(SuggestionContext context) throws SuggestException;
}
