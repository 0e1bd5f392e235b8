package org.attest.ui.curation;

import org.attest.curation.QueueItem;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * A curation item as the workbench selection carries it, so that the Properties view shows its decision record.
 *
 * @param item the item
 * @param text the document text, for the item's covered words
 * @param comments where a comment typed in the Properties view goes; null when the item is shown read-only
 */
public record ItemElement(QueueItem item, String text, CommentSink comments) implements IAdaptable {

    /** Takes a comment for the decision at an item's position. */
    @FunctionalInterface
    public interface CommentSink {

        /** Sets the comment of the decision of {@code item}. */
        void comment(QueueItem item, String comment);
    }

    /** Adapts to the decision's property source. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return IPropertySource.class.equals(adapter) ? adapter.cast(new DecisionPropertySource(this)) : null;
    }
}
