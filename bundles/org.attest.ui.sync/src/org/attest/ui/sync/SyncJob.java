package org.attest.ui.sync;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.sync.SyncException;
import org.attest.sync.SyncResult;
import org.attest.sync.SyncService;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Team > Synchronize as a cancellable background job: the corpus's write lock (held by the workbench) keeps other
 * programs out while it runs; when it ends, the corpus and its editors are opened again and the user hears what came.
 */
public final class SyncJob extends Job {

    /** The family of synchronisation jobs, for callers that wait for them. */
    public static final Object FAMILY = new Object();

    private final IWorkbenchWindow window;
    private final CorpusSession session;
    private final CorpusStore store;
    private final Consumer<String> status;

    private SyncJob(IWorkbenchWindow window, CorpusSession session, CorpusStore store, Consumer<String> status) {
        super("Synchronizing " + store.corpus().getName() + " with the team");
        this.window = window;
        this.session = session;
        this.store = store;
        this.status = status;
        setUser(true);
    }

    /**
     * Saves the open editors (asking first), then starts synchronising the open corpus; returns the job, or null when
     * there is nothing to synchronise or the user cancelled. {@code status} hears the one-line outcome.
     */
    public static SyncJob start(IWorkbenchWindow window, CorpusSession session, Consumer<String> status) {
        CorpusStore store = session.store().orElse(null);
        if (store == null) {
            MessageDialog.openInformation(window.getShell(), "Synchronize",
                    "Open a corpus first: File > Open Corpus... or File > Clone Corpus....");
            return null;
        }
        if (!store.writable()) {
            MessageDialog.openError(window.getShell(), "Synchronize",
                    "The corpus is open read-only: " + session.readOnlyReason()
                            + "\n\nClose the other program, then open the corpus again.");
            return null;
        }
        if (!EditorReload.saveAll(window)) {
            return null;
        }
        SyncJob job = new SyncJob(window, session, store, status);
        job.schedule();
        return job;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        Path dir = store.layout().dir();
        SyncResult result = null;
        String failure = null;
        try {
            result = new SyncService().sync(store,
                    new SyncService.Request(SecureCredentials.workbench(), new JobProgress(monitor), false));
        } catch (SyncException e) {
            failure = e.reason() == SyncException.Reason.CANCELLED ? null : TeamWords.failure(e);
            if (e.reason() == SyncException.Reason.CANCELLED) {
                status.accept("Synchronization cancelled; your work is recorded here.");
            }
        } catch (CorpusException | RuntimeException e) {
            ILog.of(SyncJob.class).error("Synchronizing " + dir + " failed", e);
            failure = e.getMessage();
        } finally {
            monitor.done();
        }
        SyncResult done = result;
        String error = failure;
        window.getShell().getDisplay().asyncExec(() -> finish(dir, done, error));
        return Status.OK_STATUS;
    }

    private void finish(Path dir, SyncResult result, String failure) {
        try {
            EditorReload.reload(window, session, dir);
        } catch (CorpusException e) {
            MessageDialog.openError(window.getShell(), "Synchronize",
                    "The corpus could not be opened again: " + e.getMessage());
            return;
        }
        if (failure != null) {
            MessageDialog.openError(window.getShell(), "Synchronize", failure);
            return;
        }
        if (result != null) {
            status.accept(TeamWords.summary(result));
            String notes = TeamWords.notes(result);
            if (notes != null) {
                MessageDialog.openInformation(window.getShell(), "Synchronize", notes);
            }
        }
    }
}
