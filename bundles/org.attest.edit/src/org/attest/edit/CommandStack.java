package org.attest.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain undo/redo history with a saved marker, for headless use and tests (the workbench uses its operation history).
 */
public final class CommandStack {

    private final List<EditCommand> history = new ArrayList<>();
    private int position;
    private int savedPosition;

    /** Executes {@code command} and records it; redo history is discarded; an invalid command is not recorded. */
    public void execute(EditCommand command) {
        command.execute();
        history.subList(position, history.size()).clear();
        if (savedPosition > position) {
            savedPosition = -1; // the saved state can no longer be reached by undo or redo
        }
        history.add(command);
        position++;
    }

    /** Undoes the last applied command; refuses when there is none. */
    public void undo() {
        if (!canUndo()) {
            throw new IllegalStateException("Nothing to undo");
        }
        history.get(position - 1).undo();
        position--;
    }

    /** Redoes the last undone command; refuses when there is none. */
    public void redo() {
        if (!canRedo()) {
            throw new IllegalStateException("Nothing to redo");
        }
        history.get(position).redo();
        position++;
    }

    /** Returns whether there is a command to undo. */
    public boolean canUndo() {
        return position > 0;
    }

    /** Returns whether there is a command to redo. */
    public boolean canRedo() {
        return position < history.size();
    }

    /** Returns the label of the command {@link #undo()} would revert. */
    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(history.get(position - 1).label()) : Optional.empty();
    }

    /** Returns the label of the command {@link #redo()} would re-apply. */
    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(history.get(position).label()) : Optional.empty();
    }

    /** Returns whether the state differs from the one last marked saved (initially: the empty history). */
    public boolean isDirty() {
        return position != savedPosition;
    }

    /** Records the current state as saved, e.g. after the CAS was written. */
    public void markSaved() {
        savedPosition = position;
    }
}
