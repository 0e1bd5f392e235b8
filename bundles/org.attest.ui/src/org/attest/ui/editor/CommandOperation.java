package org.attest.ui.editor;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.edit.CreateAnnotationCommand;
import org.attest.edit.DeleteAnnotationCommand;
import org.attest.edit.EditCommand;
import org.attest.edit.SetFeatureCommand;
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

    private String report;

    CommandOperation(EditCommand command, IUndoContext context, Runnable afterChange) {
        super(command.label());
        this.command = command;
        this.afterChange = afterChange;
        addContext(context);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        command.execute();
        report = command.label() + quoted(annotation());
        afterChange.run();
        return Status.OK_STATUS;
    }

    /** Returns what the command did, in words: its label and the text of its annotation, e.g. for the status line. */
    String report() {
        return report == null ? command.label() : report;
    }

    private AnnotationFS annotation() {
        if (command instanceof CreateAnnotationCommand create) {
            return create.created();
        }
        if (command instanceof DeleteAnnotationCommand delete) {
            return delete.annotation();
        }
        return command instanceof SetFeatureCommand set ? set.annotation() : null;
    }

    // a relation is told by the texts it joins, a span by its own
    private static String quoted(AnnotationFS fs) {
        if (fs == null) {
            return "";
        }
        Feature from = fs.getType().getFeatureByBaseName(AttestTypes.RELATION_FROM);
        Feature to = fs.getType().getFeatureByBaseName(AttestTypes.RELATION_TO);
        if (from != null && to != null && fs.getFeatureValue(from) instanceof AnnotationFS a
                && fs.getFeatureValue(to) instanceof AnnotationFS b) {
            return " \"" + shortened(a.getCoveredText()) + "\" -> \"" + shortened(b.getCoveredText()) + "\"";
        }
        return " \"" + shortened(fs.getCoveredText()) + "\"";
    }

    private static String shortened(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 39) + "\u2026" : line;
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
