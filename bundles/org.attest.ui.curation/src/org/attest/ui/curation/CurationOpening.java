package org.attest.ui.curation;

import java.util.function.Consumer;

import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.MergePolicy;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Opens a document for the curation editor off the UI thread (reading every annotator's CAS and diffing them takes a
 * moment on long documents) and, once it is open, merges into the gold what every annotator agrees on.
 */
final class CurationOpening {

    private CurationOpening() {
    }

    /**
     * Opens the document of {@code in} in a job, then passes the session, or why it could not be opened, to
     * {@code display}'s thread.
     */
    static void start(CorpusStore store, CurationEditorInput in, Display display, Consumer<CurationSession> opened,
            Consumer<String> failed) {
        Job job = Job.create("Opening " + in.documentId() + " for curation", (IProgressMonitor monitor) -> {
            try {
                CurationSession loaded = new CurationService(store).open(in.documentId(), in.reviewer(),
                        in.includeInProgress());
                display.asyncExec(() -> opened.accept(loaded));
            } catch (CorpusException | RuntimeException e) {
                ILog.of(CurationOpening.class).warn("'" + in.documentId() + "' could not be opened for curation by "
                        + in.reviewer() + ": " + e.getMessage(), e);
                display.asyncExec(() -> failed.accept(e.getMessage()));
            }
        });
        job.setUser(false);
        job.schedule();
    }

    /**
     * Merges what every annotator agrees on (unanimous) into the gold of a session that takes decisions, so that the
     * reviewer's queue is the disagreements; returns what to tell the reviewer, or null when nothing was merged.
     */
    static String autoMerge(CurationSession session, String readOnly) {
        if (readOnly != null || session.annotators().isEmpty()) {
            return null;
        }
        CurationSession.MergeCount count = session.autoMerge(MergePolicy.UNANIMOUS);
        if (count.merged() == 0) {
            return null;
        }
        return "Auto-merged " + count.merged() + " position(s) where " + String.join(" and ", session.annotators())
                + " agree (unanimous); Ctrl+S saves them with your decisions.";
    }

    /** Returns what the item panel says when nobody has finished {@code document}. */
    static String nothingToCompare(String document) {
        return "Nobody has finished '" + document
                + "' yet, so there is nothing to compare. Curation compares finished work; "
                + "tick \"Include work in progress\" in the Curation Queue view to compare unfinished work too.";
    }
}
