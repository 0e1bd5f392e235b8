package org.attest.ui.claims;

import java.util.List;
import java.util.function.Function;

import org.attest.claims.ClusterAssignment;
import org.attest.claims.ClusterSuggestions;
import org.attest.claims.ClusterSuggestions.Suggestion;
import org.attest.claims.CorpusClaims;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.WorkbenchFixes;
import org.attest.ui.editor.HoldingEditors;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The Claims view's one-click cluster suggestions: a cluster for each claim of the chosen annotator that links none
 * (same unit lemma, overlapping periods), shown for confirmation and then linked in one transaction of the store.
 */
final class SuggestClusters {

    private static final int SHOWN = 12;

    private final CorpusSession session;
    private final IWorkbenchPage page;

    SuggestClusters(CorpusSession session, IWorkbenchPage page) {
        this.session = session;
        this.page = page;
    }

    /**
     * Suggests clusters for {@code annotator}'s unclustered claims, asks {@code confirm} with the list, links them when
     * confirmed, and returns what happened in words a user can act on.
     */
    String run(String annotator, Function<String, Boolean> confirm) {
        CorpusStore store = session.store().orElse(null);
        if (store == null) {
            return "No corpus open. Use File > Open Corpus... first.";
        }
        if (session.readOnlyReason() != null) {
            return "The corpus is read-only, so no cluster can be linked: " + session.readOnlyReason();
        }
        if (CorpusClaims.GOLD.equals(annotator)) {
            return "The gold changes through curation; choose an annotator under From to link their claims.";
        }
        try {
            List<Suggestion> suggestions = new ClusterSuggestions(store).suggest(annotator);
            if (suggestions.isEmpty()) {
                return "No suggestion: every claim of " + annotator
                        + " with a unit is in a cluster, or none shares its unit and period with another.";
            }
            String held = heldByEditors(annotator, suggestions);
            if (held != null) {
                return held;
            }
            if (!confirm.apply(describe(annotator, suggestions))) {
                return "Nothing linked: " + suggestions.size() + " suggestion(s) left as they were.";
            }
            int linked = new ClusterAssignment(store).apply(annotator, suggestions);
            return "Linked " + linked + " claim(s) of " + annotator + " to suggested clusters.";
        } catch (Exception e) {
            return "Cannot suggest clusters for " + annotator + ": " + WorkbenchFixes.describe(e);
        }
    }

    private static String describe(String annotator, List<Suggestion> suggestions) {
        StringBuilder text = new StringBuilder("Link " + suggestions.size() + " claim(s) of " + annotator + ":\n");
        for (Suggestion s : suggestions.subList(0, Math.min(SHOWN, suggestions.size()))) {
            text.append("\n\u201c").append(s.claim().text()).append("\u201d (").append(s.claim().document())
                    .append(") \u2192 ").append(s.cluster()).append(s.newCluster() ? " (new)" : "").append(": ")
                    .append(s.reason());
        }
        if (suggestions.size() > SHOWN) {
            text.append("\n\u2026 and ").append(suggestions.size() - SHOWN).append(" more");
        }
        return text.toString();
    }

    /** Returns a request to close the editors holding any suggested claim's document in memory, or null. */
    private String heldByEditors(String annotator, List<Suggestion> suggestions) {
        return HoldingEditors.request(page, in -> in.annotator().equals(annotator)
                && suggestions.stream().anyMatch(s -> s.claim().document().equals(in.documentId())), "these claims");
    }
}
