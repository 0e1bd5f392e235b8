package org.attest.ui.editor;

import org.attest.store.CorpusException;
import org.attest.ui.corpus.DocumentRow;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Handlers of the editor's workbench commands: open a document, mark it finished, reopen it. */
public final class EditorCommands {

    private EditorCommands() {
    }

    /** Opens {@code documentId} for the current annotator in the annotation editor. */
    public static AnnotationEditor open(IWorkbenchPage page, String documentId) throws PartInitException {
        return (AnnotationEditor) page.openEditor(new DocumentEditorInput(documentId, AttestPreferences.annotator()),
                AnnotationEditor.ID);
    }

    /** Opens the documents selected in the corpus navigator. */
    public static final class OpenDocument extends AbstractHandler {

        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s) {
                for (Object o : s.toList()) {
                    if (o instanceof DocumentRow row) {
                        try {
                            open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), row.document().getId());
                        } catch (PartInitException e) {
                            MessageDialog.openError(HandlerUtil.getActiveShell(event),
                                    "Cannot open " + row.document().getId(),
                                    org.attest.ui.corpus.WorkbenchFixes.describe(e));
                        }
                    }
                }
            }
            return null;
        }
    }

    /** An editor action that may fail with a message for the user. */
    @FunctionalInterface
    private interface EditorAction {

        void run(AnnotationEditor editor) throws CorpusException;
    }

    private static Object onActiveEditor(ExecutionEvent event, EditorAction action, String failure) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof AnnotationEditor editor) {
            try {
                action.run(editor);
            } catch (CorpusException e) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), failure,
                        org.attest.ui.corpus.WorkbenchFixes.describe(e));
            }
        }
        return null;
    }

    /** Marks the active editor's document finished for the current annotator. */
    public static final class MarkFinished extends AbstractHandler {

        @Override
        public Object execute(ExecutionEvent event) {
            return onActiveEditor(event, AnnotationEditor::markFinished, "Cannot mark the document finished");
        }
    }

    /** Reopens the active editor's finished document for editing. */
    public static final class Reopen extends AbstractHandler {

        @Override
        public Object execute(ExecutionEvent event) {
            return onActiveEditor(event, AnnotationEditor::reopen, "Cannot reopen the document");
        }
    }
}
