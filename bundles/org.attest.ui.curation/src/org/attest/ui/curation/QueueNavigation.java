package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;

import org.attest.curation.QueueItem;
import org.attest.diff.Position;

/**
 * The curation editor's moves between items: N/P to the next open item, Tab/Shift+Tab to the next of any status,
 * wrapping around.
 */
final class QueueNavigation {

    private final CurationEditor editor;

    QueueNavigation(CurationEditor editor) {
        this.editor = editor;
    }

    /** Goes to the next (or previous) open item after the current one, wrapping around. */
    void nextOpen(boolean forward) {
        step(editor.queue(), forward, "No open items left: save (Ctrl+S), then Document > Mark Curated.");
    }

    /** Goes to the next (or previous) item of any status, as Tab and Shift+Tab do. */
    void walk(boolean forward) {
        step(editor.items(), forward, "The document has no items.");
    }

    private void step(List<QueueItem> list, boolean forward, String none) {
        if (editor.session() == null) {
            return;
        }
        if (list.isEmpty()) {
            editor.status(none);
            return;
        }
        Position current = editor.currentPosition();
        QueueItem target = null;
        for (QueueItem i : forward ? list : reversed(list)) {
            int c = current == null ? (forward ? 1 : -1) : i.position().compareTo(current);
            if (forward ? c > 0 : c < 0) {
                target = i;
                break;
            }
        }
        if (target == null) {
            target = forward ? list.get(0) : list.get(list.size() - 1);
            editor.status("Wrapped around to the " + (forward ? "first" : "last") + " item.");
        } else {
            editor.status("");
        }
        editor.go(target.position());
    }

    private static List<QueueItem> reversed(List<QueueItem> list) {
        List<QueueItem> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
