package org.attest.ui.sync;

import org.attest.store.CorpusException;
import org.attest.sync.CloneService;
import org.attest.sync.SyncException;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Clone Corpus...: clones in a background job, then opens the copy with its owner as the annotator. */
public final class CloneHandler extends AbstractHandler {

    /** The family of clone jobs, for callers that wait for them. */
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        CloneDialog dialog = new CloneDialog(window.getShell(), AttestPreferences.annotator());
        if (dialog.open() != Window.OK) {
            return null;
        }
        Job job = new Job("Cloning " + dialog.url()) {

            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                String failure = null;
                try {
                    new CloneService().clone(dialog.url(), dialog.folder(), dialog.user(),
                            SecureCredentials.workbench(), new JobProgress(monitor));
                } catch (SyncException e) {
                    failure = TeamWords.failure(e);
                } catch (IllegalArgumentException e) {
                    failure = e.getMessage();
                }
                String error = failure;
                window.getShell().getDisplay().asyncExec(() -> opened(window, dialog, error));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return null;
    }

    private static void opened(IWorkbenchWindow window, CloneDialog dialog, String failure) {
        if (failure != null) {
            MessageDialog.openError(window.getShell(), "Clone Corpus", failure);
            return;
        }
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, dialog.user());
        try {
            window.getService(CorpusSession.class).open(dialog.folder());
            StatusLine.show(window, "Cloned " + dialog.url() + " into " + dialog.folder() + "; you work in it as "
                    + dialog.user() + ".");
        } catch (CorpusException e) {
            MessageDialog.openError(window.getShell(), "Clone Corpus", e.getMessage());
        }
    }
}
