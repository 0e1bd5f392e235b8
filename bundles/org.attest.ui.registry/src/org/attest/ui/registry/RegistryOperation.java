package org.attest.ui.registry;

import org.attest.store.CorpusException;
import org.attest.ui.corpus.WorkbenchFixes;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A registry change on the workbench's operation history, so that Edit > Undo and Redo reach it: each step is applied
 * and saved by a headless service, and a failed step is reported, never half-applied.
 */
final class RegistryOperation extends AbstractOperation {

    /** One step of the change, saved when it returns. */
    @FunctionalInterface
    interface Step {

        /** Applies the step and saves it; throws when nothing was saved. */
        void run() throws CorpusException;
    }

    private final Step forward;
    private final Step back;
    private final Runnable afterChange;

    /** Creates the operation {@code label}: {@code forward} does and redoes it, {@code back} undoes it. */
    RegistryOperation(String label, IUndoContext context, Step forward, Step back, Runnable afterChange) {
        super(label);
        this.forward = forward;
        this.back = back;
        this.afterChange = afterChange;
        addContext(context);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return run(forward);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return run(back);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return run(forward);
    }

    private IStatus run(Step step) {
        try {
            step.run();
            return Status.OK_STATUS;
        } catch (CorpusException | RuntimeException e) {
            return Status.error(getLabel() + " failed: " + WorkbenchFixes.describe(e), e);
        } finally {
            afterChange.run();
        }
    }
}
