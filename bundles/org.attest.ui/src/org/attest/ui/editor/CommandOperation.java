package org.attest.ui.editor;

import org.attest.edit.EditCommand;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Puts a headless {@link EditCommand} on the workbench operation history, so Edit > Undo and Redo work on it. */
final class CommandOperation extends AbstractOperation {

    private final EditCommand command;
    private final Runnable afterChange;

    CommandOperation(EditCommand command, IUndoContext context, Runnable afterChange) {
        super(command.label());
        this.command = command;
        this.afterChange = afterChange;
        addContext(context);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        command.execute();
        afterChange.run();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        command.undo();
        afterChange.run();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        command.redo();
        afterChange.run();
        return Status.OK_STATUS;
    }
}
