package org.attest.ui.sync;

import org.attest.ui.corpus.CorpusSession;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Synchronises after Mark Finished when the Team preference asks for it, so finished work reaches the team at once. */
public final class SyncAfterFinish implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            CorpusSession session = workbench.getService(CorpusSession.class);
            session.addFinishedListener(document -> {
                IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
                if (TeamPreferences.syncAfterFinish() && window != null
                        && session.store().map(s -> org.attest.sync.TeamCorpus.isShared(s.layout().dir()))
                                .orElse(false)) {
                    SyncJob.start(window, session,
                            message -> StatusLine.show(window, "Finished '" + document + "'. " + message));
                }
            });
        });
    }
}
