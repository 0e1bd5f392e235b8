package org.attest.ui.editor;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The annotation editors of a page that hold documents a change on disk would touch: such an editor keeps the
 * annotations in memory and would save over the change, so the change asks for it to be closed first.
 */
public final class HoldingEditors {

    private HoldingEditors() {
    }

    /**
     * Returns a request to save or discard and close the editors of {@code page} whose input {@code holds}, naming
     * what they hold ({@code what}, such as "these mentions"), or null when none does.
     */
    public static String request(IWorkbenchPage page, Predicate<DocumentEditorInput> holds, String what) {
        Set<String> holding = new LinkedHashSet<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof DocumentEditorInput in && holds.test(in)) {
                    holding.add(in.documentId() + " (" + in.annotator() + ")");
                }
            } catch (PartInitException e) {
                // an editor that failed to open holds no annotations
            }
        }
        return holding.isEmpty()
                ? null
                : "The annotation editor of " + String.join(", ", holding) + " holds " + what
                        + " in memory and would save over the change. Save or discard its changes, close it, then"
                        + " try again.";
    }
}
