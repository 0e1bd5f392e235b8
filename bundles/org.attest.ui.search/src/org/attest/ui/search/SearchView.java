package org.attest.ui.search;

import java.util.List;
import java.util.function.Consumer;

import org.attest.search.QueryException;
import org.attest.search.SearchHit;
import org.attest.search.SearchResults;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.WorkbenchFixes;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The Search view: a query over the open corpus, run in a background job, its hits grouped by document with their
 * words in context; a double-click on a hit opens the editor with it selected.
 */
public final class SearchView extends ViewPart {

    /** The view's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.views.search";

    private final Consumer<CorpusSession> onChange = s -> corpusChanged();
    private CorpusSession session;
    private SearchSession searches;
    private SearchPanel panel;
    private Job job;
    private int generation;

    /** Builds the query field, the status line and the tree of hits. */
    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CorpusSession.class);
        searches = getSite().getService(SearchSession.class);
        panel = new SearchPanel(parent, this::search, this::open);
        session.addListener(onChange);
        idle();
    }

    private void corpusChanged() {
        if (!panel.isDisposed()) {
            panel.display().asyncExec(() -> {
                if (!panel.isDisposed() && session.store().isEmpty()) {
                    ++generation;
                    panel.show(List.of());
                    idle();
                }
            });
        }
    }

    private void idle() {
        panel.say(session.store().isEmpty()
                ? "No corpus open. Use File > Open Corpus... to search one."
                : "Type a query and press Enter: words, \"a phrase\", layer:Claim, entity:\"a name\", annotator:anna",
                false);
    }

    /** Runs {@code query} in a background job, cancelling the one still running, and shows its hits. */
    public void search(String query) {
        if (panel.isDisposed()) {
            return;
        }
        int current = ++generation;
        if (job != null) {
            job.cancel();
        }
        if (query.isBlank()) {
            job = null;
            panel.show(List.of());
            idle();
            return;
        }
        panel.remember(query);
        if (session.store().isEmpty()) {
            job = null;
            idle();
            return;
        }
        int limit = panel.limit();
        panel.say("Searching\u2026", false);
        job = Job.create("Searching the corpus for " + query, monitor -> {
            try {
                SearchResults results = searches.search(query, limit);
                panel.display().asyncExec(() -> found(current, results));
            } catch (QueryException e) {
                panel.display().asyncExec(() -> failed(current, e.getMessage()));
            } catch (RuntimeException e) {
                panel.display().asyncExec(() -> failed(current, "The search failed: " + WorkbenchFixes.describe(e)));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void found(int current, SearchResults results) {
        if (current != generation || panel.isDisposed()) {
            return;
        }
        job = null;
        List<DocumentHits> documents = DocumentHits.group(results.hits());
        panel.show(documents);
        panel.say(summary(results, documents.size()), false);
    }

    /** Returns the status line of {@code results} found in {@code documents} documents. */
    public static String summary(SearchResults results, int documents) {
        String shown = results.hits().size() < results.total()
                ? " (the first " + results.hits().size() + " shown; raise the limit to see more)"
                : "";
        return results.totalText() + (results.total() == 1 && results.exact() ? " hit" : " hits") + " in " + documents
                + (documents == 1 ? " document" : " documents") + " (" + Math.round(results.tookMicros() / 1000.0)
                + " ms)" + shown;
    }

    private void failed(int current, String message) {
        if (current != generation || panel.isDisposed()) {
            return;
        }
        job = null;
        panel.show(List.of());
        panel.say(message, true);
    }

    /** Opens the editor at {@code hit}, selecting it; says in the status line why when it cannot. */
    public AnnotationEditor open(SearchHit hit) {
        try {
            return HitOpener.open(getSite().getPage(), hit, AttestPreferences.annotator());
        } catch (PartInitException e) {
            panel.say("Cannot open " + hit.documentId() + ": " + WorkbenchFixes.describe(e), true);
            return null;
        }
    }

    /** Returns the documents with hits shown, in tree order. */
    public List<DocumentHits> documents() {
        return panel.shown();
    }

    /** Returns the status line: the counts and time of the last search, or why it failed. */
    public String status() {
        return panel.status();
    }

    /** Returns whether the status line shows an error, such as a query that cannot be read. */
    public boolean failed() {
        return panel.error();
    }

    /** Returns whether a search is running. */
    public boolean isSearching() {
        return job != null;
    }

    /** Returns the query field, whose Enter runs the search. */
    public Combo queryField() {
        return panel.query();
    }

    /** Returns the tree of hits, whose double-click opens the editor at one. */
    public Tree tree() {
        return panel.tree();
    }

    /** Puts the focus on the query field. */
    @Override
    public void setFocus() {
        panel.setFocus();
    }

    /** Cancels the running search and stops following the corpus. */
    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        if (session != null) {
            session.removeListener(onChange);
        }
        super.dispose();
    }
}
