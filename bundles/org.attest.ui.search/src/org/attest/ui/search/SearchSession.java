package org.attest.ui.search;

import java.util.Set;
import java.util.function.Consumer;

import org.attest.search.CorpusSearch;
import org.attest.search.QueryException;
import org.attest.search.SearchResults;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The search of the corpus the workbench has open: its index is opened at the first search and closed when the
 * corpus closes or another opens; saves refresh it document by document, other changes before the next search.
 */
public final class SearchSession {

    private final CorpusSession corpus;
    private final Consumer<CorpusSession> onChange = s -> corpusChanged();
    private volatile CorpusStore store;
    private CorpusSearch search;
    private volatile boolean stale;
    private int warned;

    /** Creates the search of {@code corpus}'s open corpus and follows it as corpora open and close. */
    public SearchSession(CorpusSession corpus) {
        this.corpus = corpus;
        corpus.addListener(onChange);
    }

    // a save, an import, a merge or a decision says "changed" without naming documents: the next search refreshes
    // all; another corpus closes the index in a job, so the UI thread never waits for a search holding it
    private void corpusChanged() {
        stale = true;
        if (corpus.store().orElse(null) != store) {
            Job job = Job.create("Closing the search index", monitor -> {
                synchronized (this) {
                    if (corpus.store().orElse(null) != store) {
                        closeSearch();
                    }
                }
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }
    }

    /**
     * Finds what {@code query} names in the open corpus, the first {@code limit} hits, opening or refreshing the index
     * first; call it from a job, never from the UI thread.
     *
     * @throws QueryException when the query cannot be read
     * @throws IllegalStateException when no corpus is open
     */
    public synchronized SearchResults search(String query, int limit) throws QueryException {
        return open().search(query, limit);
    }

    /** Indexes {@code documentId} again in a background job after it was saved; a failure is logged, never thrown. */
    public void refreshLater(String documentId) {
        Job job = Job.create("Updating the search index of " + documentId, monitor -> {
            refresh(documentId);
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Indexes {@code documentId} again now, if the index is open; a failure is logged, never thrown. */
    public synchronized void refresh(String documentId) {
        if (search == null) {
            // opening the index later brings it up to date anyway
            return;
        }
        try {
            search.refresh(Set.of(documentId));
        } catch (RuntimeException e) {
            ILog.of(SearchSession.class).warn("The search index of " + store.layout().dir() + " could not take in '"
                    + documentId + "' after its save; searches may miss its changes until the corpus is opened again: "
                    + e.getMessage(), e);
        }
        logWarnings();
    }

    private CorpusSearch open() {
        CorpusStore open = corpus.store()
                .orElseThrow(() -> new IllegalStateException("No corpus is open; use File > Open Corpus... first"));
        if (open != store) {
            closeSearch();
        }
        if (search == null) {
            store = open;
            stale = false;
            search = CorpusSearch.open(open);
            warned = 0;
        } else if (stale) {
            stale = false;
            search.refresh();
        }
        logWarnings();
        return search;
    }

    // the index never makes a search or a save fail; what went wrong with it goes to the log once
    private void logWarnings() {
        var warnings = search.warnings();
        for (int i = warned; i < warnings.size(); i++) {
            ILog.of(SearchSession.class).warn("Search index of " + store.layout().dir() + ": " + warnings.get(i));
        }
        warned = warnings.size();
    }

    private void closeSearch() {
        if (search != null) {
            search.close();
        }
        search = null;
        store = null;
    }

    /** Closes the index and stops following the corpus. */
    public synchronized void dispose() {
        corpus.removeListener(onChange);
        closeSearch();
    }
}
