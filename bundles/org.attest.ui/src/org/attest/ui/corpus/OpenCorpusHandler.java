package org.attest.ui.corpus;

import java.nio.file.Path;

import org.attest.store.CorpusException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Corpus...: asks for a corpus folder and shows it in the corpus navigator. */
public final class OpenCorpusHandler extends AbstractHandler {

    /** Opens the chosen folder, or explains why it is not a corpus. */
    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a corpus folder (one with corpus.xmi; create one with 'attest init DIR').");
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        CorpusSession session = window.getService(CorpusSession.class);
        try {
            session.open(Path.of(chosen));
            window.getActivePage().showView(CorpusNavigatorView.ID);
            OpeningNotes.show(shell, session);
        } catch (CorpusException e) {
            MessageDialog.openError(shell, "Cannot open the corpus", WorkbenchFixes.describe(e));
        } catch (PartInitException e) {
            MessageDialog.openError(shell, "Cannot show the corpus navigator", e.getMessage());
        }
        return null;
    }
}
