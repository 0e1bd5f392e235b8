package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;

import org.attest.curation.DocumentStatus;
import org.attest.store.CorpusException;
import org.attest.ui.corpus.DocumentRow;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Handlers of the curation commands: curate the selected document, mark it curated, reopen its curation. */
public final class CurationCommands {

    private CurationCommands() {
    }

    /** Opens {@code documentId} in the curation editor for the current reviewer (the annotator preference). */
    public static CurationEditor open(IWorkbenchPage page, String documentId, boolean includeInProgress)
            throws PartInitException {
        return (CurationEditor) page.openEditor(
                new CurationEditorInput(documentId, AttestPreferences.annotator(), includeInProgress),
                CurationEditor.ID);
    }

    /**
     * Opens the documents selected in the corpus navigator or the queue view (else the annotation editor's) for
     * curation.
     */
    public static final class Curate extends AbstractHandler {

        @Override
        public Object execute(ExecutionEvent event) {
            List<String> ids = new ArrayList<>();
            if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s) {
                for (Object o : s.toList()) {
                    if (o instanceof DocumentRow row) {
                        ids.add(row.document().getId());
                    } else if (o instanceof DocumentStatus status) {
                        ids.add(status.document());
                    }
                }
            }
            if (ids.isEmpty() && HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor) {
                ids.add(editor.document().getId());
            }
            if (ids.isEmpty()) {
                MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Curate",
                        "Select a document in the Corpus or Curation Queue view first, then choose Curate.");
            }
            for (String id : ids) {
                var window = HandlerUtil.getActiveWorkbenchWindow(event);
                org.attest.ui.sync.TakeForCuration.open(window, id, () -> {
                    try {
                        open(window.getActivePage(), id, false);
                    } catch (PartInitException e) {
                        MessageDialog.openError(window.getShell(), "Cannot curate " + id,
                                org.attest.ui.corpus.WorkbenchFixes.describe(e));
                    }
                });
            }
            return null;
        }
    }

    /** An editor action that may fail with a message for the user. */
    @FunctionalInterface
    private interface EditorAction {

        void run(CurationEditor editor) throws CorpusException;
    }

    private static Object onActiveEditor(ExecutionEvent event, EditorAction action, String failure) {
        if (HandlerUtil.getActiveEditor(event) instanceof CurationEditor editor) {
            try {
                action.run(editor);
            } catch (CorpusException e) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), failure,
                        org.attest.ui.corpus.WorkbenchFixes.describe(e));
            }
        }
        return null;
    }

    /** Marks the active curation editor's document curated (refused with the reason while items are open). */
    public static final class MarkCurated extends AbstractHandler {

        @Override
        public Object execute(ExecutionEvent event) {
            return onActiveEditor(event, CurationEditor::markCurated, "Cannot mark the document curated");
        }
    }

    /** Gives the active curation editor's curated document back to curation. */
    public static final class ReopenCuration extends AbstractHandler {

        @Override
        public Object execute(ExecutionEvent event) {
            return onActiveEditor(event, CurationEditor::reopenCuration, "Cannot reopen the curation");
        }
    }
}
