package org.attest.ui.curation;

import java.util.List;

import org.attest.curation.QueueItem;
import org.attest.diff.Position;

/** The curation editor's items and the one it shows, remembering an item asked for while the session still loads. */
final class ItemCursor {

    private List<QueueItem> items = List.of();
    private Position current;
    private Position pending;

    /** Takes the loaded items and shows the one asked for while loading, else the first open one, else the first. */
    void start(List<QueueItem> loaded) {
        items = loaded;
        current = pending != null
                ? pending
                : queue().stream().findFirst().map(QueueItem::position)
                        .orElse(items.isEmpty() ? null : items.get(0).position());
        pending = null;
    }

    /** Replaces the items, keeping the position shown. */
    void reload(List<QueueItem> reloaded) {
        items = reloaded;
    }

    /** Shows {@code position} now when the items are {@code loaded}, else once they are; returns whether it is now. */
    boolean go(Position position, boolean loaded) {
        if (!loaded) {
            pending = position;
            return false;
        }
        current = position;
        return true;
    }

    /** Returns every item, in document order. */
    List<QueueItem> items() {
        return items;
    }

    /** Returns the position of the item shown, or null. */
    Position current() {
        return current;
    }

    /** Returns the item shown, or null. */
    QueueItem currentItem() {
        return current == null
                ? null
                : items.stream().filter(i -> i.position().equals(current)).findFirst().orElse(null);
    }

    /** Returns the items still to settle, in document order. */
    List<QueueItem> queue() {
        return items.stream().filter(i -> i.status().inQueue()).toList();
    }
}
