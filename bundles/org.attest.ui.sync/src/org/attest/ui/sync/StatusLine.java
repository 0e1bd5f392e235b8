package org.attest.ui.sync;

import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

/** Puts a one-line outcome into the status line of a window, where the active view or editor shows it. */
final class StatusLine {

    private StatusLine() {
    }

    /** Shows {@code message} in {@code window}'s status line. */
    static void show(IWorkbenchWindow window, String message) {
        IWorkbenchPage page = window.getActivePage();
        IWorkbenchPart part = page == null ? null : page.getActivePart();
        if (part == null) {
            return;
        }
        if (part.getSite() instanceof IViewSite view) {
            view.getActionBars().getStatusLineManager().setMessage(message);
        } else if (part.getSite() instanceof IEditorSite editor) {
            editor.getActionBars().getStatusLineManager().setMessage(message);
        }
    }
}
