package org.attest.ui.export;

import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Export Training Data...: opens the export wizard on the open corpus. */
public final class ExportHandler extends AbstractHandler {

    /** Opens the wizard, or says that a corpus must be opened first. */
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
        if (session.store().isEmpty()) {
            MessageDialog.openInformation(shell, "Export Training Data",
                    "Open a corpus first (File > Open Corpus...).");
            return null;
        }
        Display display = shell.getDisplay();
        ExportWizard wizard = new ExportWizard(session.store().get(), status -> display.asyncExec(() -> {
            if (status.getSeverity() == IStatus.ERROR) {
                MessageDialog.openError(null, "Export failed", status.getMessage());
            } else {
                MessageDialog.openInformation(null, "Export finished", status.getMessage());
            }
        }));
        new WizardDialog(shell, wizard).open();
        return null;
    }
}
