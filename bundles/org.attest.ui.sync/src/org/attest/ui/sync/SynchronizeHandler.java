package org.attest.ui.sync;

import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Team > Synchronize: starts a {@link SyncJob} on the open corpus. */
public final class SynchronizeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        SyncJob.start(window, window.getService(CorpusSession.class), message -> StatusLine.show(window, message));
        return null;
    }
}
