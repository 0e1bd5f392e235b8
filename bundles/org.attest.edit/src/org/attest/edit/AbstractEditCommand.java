package org.attest.edit;

/**
 * Base of the commands: enforces execute once, then alternating undo and redo, so a misuse fails loudly instead of
 * corrupting data.
 */
public abstract class AbstractEditCommand implements EditCommand {

    private enum Stage {
        NEW, DONE, UNDONE
    }

    private final String label;
    private Stage stage = Stage.NEW;

    /** Creates a command described by {@code label}. */
    protected AbstractEditCommand(String label) {
        this.label = label;
    }

    @Override
    public final void execute() {
        require(Stage.NEW, "execute", "it was already executed; use redo() after undo()");
        doExecute();
        stage = Stage.DONE;
    }

    @Override
    public final void undo() {
        require(Stage.DONE, "undo", stage == Stage.NEW ? "it was never executed" : "it is already undone");
        doUndo();
        stage = Stage.UNDONE;
    }

    @Override
    public final void redo() {
        require(Stage.UNDONE, "redo",
                stage == Stage.NEW ? "it was never executed; call execute()" : "it is not undone");
        doRedo();
        stage = Stage.DONE;
    }

    @Override
    public final String label() {
        return label;
    }

    /** Returns whether the change is currently applied (executed or redone, and not undone). */
    public final boolean applied() {
        return stage == Stage.DONE;
    }

    /** Applies the change the first time, validating everything before changing anything. */
    protected abstract void doExecute();

    /** Reverts the applied change. */
    protected abstract void doUndo();

    /** Re-applies the change exactly as the first time. */
    protected abstract void doRedo();

    private void require(Stage expected, String action, String why) {
        if (stage != expected) {
            throw new IllegalStateException("Cannot " + action + " '" + label + "': " + why);
        }
    }

    @Override
    public String toString() {
        return label + " (" + stage.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
