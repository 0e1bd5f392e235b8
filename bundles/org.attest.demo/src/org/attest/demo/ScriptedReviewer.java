package org.attest.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.attest.curation.CurationSession;
import org.attest.curation.QueueItem;
import org.attest.store.CorpusException;

/**
 * A reviewer for demos and tests who settles a document's queue by a fixed rule: the trusted annotator's version
 * where it has one, otherwise "no annotation"; every decision carries the rule as its comment.
 */
public final class ScriptedReviewer {

    private final String trusted;

    /** Creates a reviewer that trusts {@code trusted}'s annotations. */
    public ScriptedReviewer(String trusted) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
    }

    /**
     * Decides every queue item of {@code session} (spans before relations, so relation ends exist) and returns how
     * many.
     */
    public int settle(CurationSession session) throws CorpusException {
        List<QueueItem> queue = session.queue().stream()
                .sorted(Comparator.comparing((QueueItem i) -> i.position().isRelation())
                        .thenComparing(QueueItem::position))
                .toList();
        for (QueueItem item : queue) {
            if (item.configurationOf(trusted) != null) {
                session.take(item.position(), trusted, "scripted review: " + trusted + " follows the guidelines");
            } else {
                session.reject(item.position(), "scripted review: " + trusted + " has no annotation here");
            }
        }
        return queue.size();
    }
}
