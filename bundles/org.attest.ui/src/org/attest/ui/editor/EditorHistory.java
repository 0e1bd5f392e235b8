package org.attest.ui.editor;

import org.attest.edit.EditCommand;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

/**
 * An annotation editor's undo history: its own context in the workbench's operation history, with Undo and Redo, and
 * the status line saying what the last of them did.
 */
final class EditorHistory {

    private final IUndoContext context;
    private final IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    private final IOperationHistoryListener reporter;

    /** Creates the history of {@code editor}, which reports each change in its status line. */
    EditorHistory(AnnotationEditor editor) {
        context = new ObjectUndoContext(editor, "annotation editor");
        reporter = event -> {
            if (!event.getOperation().hasContext(context)) {
                return;
            }
            String done = switch (event.getEventType()) {
                case OperationHistoryEvent.DONE -> "Done: ";
                case OperationHistoryEvent.UNDONE -> "Undone: ";
                case OperationHistoryEvent.REDONE -> "Redone: ";
                default -> null;
            };
            if (done != null && event.getOperation() instanceof CommandOperation operation) {
                editor.status(done + operation.report());
            }
        };
    }

    /** Makes Edit > Undo and Redo of {@code site} act on this history, and starts reporting changes. */
    void install(IEditorSite site) {
        var bars = site.getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(site, context));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(site, context));
        history.addOperationHistoryListener(reporter);
    }

    /** Runs {@code command} as an undoable operation, then {@code changed}; returns why it failed, or null. */
    String execute(EditCommand command, Runnable changed) {
        try {
            history.execute(new CommandOperation(command, context, changed), null, null);
            return null;
        } catch (ExecutionException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Returns the undo context. */
    IUndoContext context() {
        return context;
    }

    /** Forgets the operations of this history. */
    void dispose() {
        history.removeOperationHistoryListener(reporter);
        history.dispose(context, true, true, true);
    }
}
