package org.attest.curation;

/** Where a position of a document under curation stands. */
public enum ItemStatus {

    /** Auto-merge decided it and the annotators have not changed it since. */
    AUTO_MERGED,
    /** A reviewer decided it and the annotators have not changed it since. */
    DECIDED,
    /** The annotators differ here (or the policy did not merge it) and nobody has decided yet. */
    OPEN,
    /**
     * Decided earlier, but the annotators' work here changed since; the gold keeps the old decision until a reviewer
     * looks.
     */
    CHANGED;

    /** Returns whether a reviewer still has to look at this position. */
    public boolean inQueue() {
        return this == OPEN || this == CHANGED;
    }

    /** Returns the lower-case word used in reports: auto-merged, decided, open or changed. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
