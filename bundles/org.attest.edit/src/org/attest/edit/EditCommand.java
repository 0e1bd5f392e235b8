package org.attest.edit;

/**
 * One undoable change to an annotator's CAS or the corpus model: executed once, then undone and redone any number of
 * times, each undo restoring exactly the state before the change.
 */
public interface EditCommand {

    /**
     * Applies the change for the first time; throws IllegalArgumentException, leaving everything unchanged, when it is
     * invalid.
     */
    void execute();

    /** Reverts the change, restoring exactly the state before {@link #execute()} or the last {@link #redo()}. */
    void undo();

    /** Applies the change again after an {@link #undo()}, with the same annotations and entities as the first time. */
    void redo();

    /** Returns a short description for menus such as "Undo Create Entity span". */
    String label();
}
