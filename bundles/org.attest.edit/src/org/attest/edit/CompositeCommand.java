package org.attest.edit;

import java.util.List;

/** Several commands applied as one undoable step: all or nothing on execute, undone in reverse order. */
public final class CompositeCommand extends AbstractEditCommand {

    private final List<EditCommand> parts;

    /** Creates a step labelled {@code label} made of {@code parts}, applied in the given order. */
    public CompositeCommand(String label, List<? extends EditCommand> parts) {
        super(label);
        this.parts = List.copyOf(parts);
    }

    /** Returns the parts in the order they are applied. */
    public List<EditCommand> parts() {
        return parts;
    }

    @Override
    protected void doExecute() {
        int done = 0;
        try {
            for (EditCommand part : parts) {
                part.execute();
                done++;
            }
        } catch (RuntimeException e) {
            // All or nothing: revert the parts that succeeded before reporting the one that failed.
            for (int i = done - 1; i >= 0; i--) {
                parts.get(i).undo();
            }
            throw e;
        }
    }

    @Override
    protected void doUndo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    protected void doRedo() {
        for (EditCommand part : parts) {
            part.redo();
        }
    }
}
