package org.attest.ui.search;

import org.attest.search.SearchHit;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.DocumentEditorInput;
import org.attest.ui.editor.EditorCommands;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opens the annotation editor at a hit: the user's own version, or another annotator's or the gold read-only. */
final class HitOpener {

    private HitOpener() {
    }

    /**
     * Opens {@code hit}'s document with [begin, end) selected and revealed: as {@code user} sees it when the hit is
     * theirs or a text hit, else as the hit's annotator (or the gold) saw it, read-only.
     */
    static AnnotationEditor open(IWorkbenchPage page, SearchHit hit, String user) throws PartInitException {
        AnnotationEditor editor = hit.annotator() == null || hit.annotator().equals(user)
                ? EditorCommands.open(page, hit.documentId())
                : (AnnotationEditor) page.openEditor(DocumentEditorInput.readOnly(hit.documentId(), hit.annotator()),
                        AnnotationEditor.ID);
        editor.reveal(hit.begin(), hit.end());
        return editor;
    }
}
