package org.attest.ui.sync;

import java.nio.file.Path;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.sync.PublishService;
import org.attest.sync.SyncException;
import org.attest.sync.SyncService;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Team > Share Corpus...: publishes the open corpus to a remote for the team, as a background job. */
public final class ShareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        CorpusSession session = window.getService(CorpusSession.class);
        CorpusStore store = session.store().orElse(null);
        if (store == null || !store.writable()) {
            MessageDialog.openInformation(window.getShell(), "Share Corpus",
                    "Open a corpus for writing first: File > Open Corpus....");
            return null;
        }
        InputDialog ask = new InputDialog(window.getShell(), "Share Corpus",
                "The remote for the team: an empty repository on your Git server "
                        + "(https:// or ssh://), or a folder on a shared drive (a new bare repository is made there).",
                "", text -> text.isBlank()
                        ? "Give the remote's address"
                        : null);
        if (ask.open() != Window.OK || !EditorReload.saveAll(window)) {
            return null;
        }
        String url = ask.getValue().trim();
        Path dir = store.layout().dir();
        Job.create("Sharing " + store.corpus().getName() + " through " + url, monitor -> {
            String outcome;
            boolean failed = false;
            try {
                new PublishService().publish(store, url, AttestPreferences.annotator(),
                        new SyncService.Request(SecureCredentials.workbench(), new JobProgress(monitor), false));
                outcome = "Shared through " + url + ". The team clones it with File > Clone Corpus... or 'attest clone "
                        + url + " DIR'.";
            } catch (SyncException e) {
                outcome = TeamWords.failure(e);
                failed = true;
            } catch (CorpusException e) {
                outcome = e.getMessage();
                failed = true;
            }
            String message = outcome;
            boolean error = failed;
            window.getShell().getDisplay().asyncExec(() -> {
                try {
                    EditorReload.reload(window, session, dir);
                } catch (CorpusException e) {
                    MessageDialog.openError(window.getShell(), "Share Corpus", e.getMessage());
                    return;
                }
                if (error) {
                    MessageDialog.openError(window.getShell(), "Share Corpus", message);
                } else {
                    StatusLine.show(window, message);
                }
            });
            return Status.OK_STATUS;
        }).schedule();
        return null;
    }
}
