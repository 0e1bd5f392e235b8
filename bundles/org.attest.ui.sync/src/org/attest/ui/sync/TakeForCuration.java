package org.attest.ui.sync;

import java.nio.file.Path;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.sync.SyncException;
import org.attest.sync.SyncService;
import org.attest.sync.TeamCorpus;
import org.attest.sync.TeamHold;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Opening a document for curation in a team corpus takes it team-wide first: a background job synchronises, takes the
 * document when no other reviewer published a hold on it, publishes the hold, and then the curation editor opens (read
 * only, naming the holder, when someone else was first).
 */
public final class TakeForCuration {

    /** The family of these jobs, for callers that wait for them. */
    public static final Object FAMILY = new Object();

    private TakeForCuration() {
    }

    /**
     * Runs {@code open} (which opens the curation editor on {@code document}) once the document is taken, or at once
     * outside a team.
     */
    public static void open(IWorkbenchWindow window, String document, Runnable open) {
        CorpusSession session = window.getService(CorpusSession.class);
        CorpusStore store = session.store().orElse(null);
        String reviewer = AttestPreferences.annotator();
        try {
            if (store == null || !store.writable() || !TeamCorpus.isShared(store.layout().dir())
                    || !new TeamHold().needed(store, new org.attest.curation.CurationService(store).document(document),
                            reviewer)) {
                open.run();
                return;
            }
        } catch (CorpusException e) {
            ILog.of(TakeForCuration.class).warn("Whether '" + document + "' must be taken from the team before curating"
                    + " could not be checked; opening it without taking it", e);
            open.run(); // the editor says what is wrong with the document
            return;
        }
        Path dir = store.layout().dir();
        Job job = new Job("Taking '" + document + "' for curation") {

            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                String note;
                try {
                    TeamHold.Taken taken = new TeamHold().take(store, document, reviewer,
                            new SyncService.Request(SecureCredentials.workbench(), new JobProgress(monitor), false));
                    note = taken.offline() != null
                            ? "The team could not be asked (" + taken.offline() + "); your hold on '" + document
                                    + "' stays on this machine until the next Team > Synchronize."
                            : reviewer.equals(taken.holder())
                                    ? "You hold '" + document + "' for curation; the team sees it."
                                    : "'" + document + "' is held by " + taken.holder() + ".";
                } catch (SyncException e) {
                    note = TeamWords.failure(e);
                } catch (CorpusException e) {
                    note = org.attest.ui.corpus.WorkbenchFixes.describe(e);
                }
                String message = note;
                window.getShell().getDisplay().asyncExec(() -> {
                    try {
                        EditorReload.reload(window, session, dir);
                    } catch (CorpusException e) {
                        ILog.of(TakeForCuration.class)
                                .error("The corpus could not be opened again after taking " + document, e);
                        MessageDialog.openError(window.getShell(), "Curate",
                                org.attest.ui.corpus.WorkbenchFixes.describe(e));
                        return;
                    }
                    open.run();
                    StatusLine.show(window, message);
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
    }
}
