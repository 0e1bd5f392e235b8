package org.attest.ui.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Something another bundle adds to every annotation editor (painting, keys, hover text, controls in its toolbar),
 * contributed to the extension point {@value EditorAddons#EXTENSION_POINT} with an {@code <addon class="..."/>}; one
 * instance serves one editor, on the UI thread.
 */
public interface EditorAddon {

    /**
     * Sets itself up in {@code editor} once its document is loaded; {@code toolbar} is the row above the text, shown
     * once an add-on has put a control in it.
     */
    void install(AnnotationEditor editor, Composite toolbar);

    /** Handles a key pressed in the text before the editor does; returns whether it used the key. */
    default boolean keyDown(Event event) {
        return false;
    }

    /** Returns the lines to add to the text's tooltip at {@code offset}, or null. */
    default String hoverAt(int offset) {
        return null;
    }

    /** Learns that the annotations changed (an edit, an undo or redo) and have been repainted. */
    default void refreshed() {
    }

    /** Releases what it holds; the editor is closing. */
    default void dispose() {
    }
}
