package org.attest.curation;

import java.util.SortedSet;

import org.attest.model.GoldState;

/**
 * Where the curation of one document stands.
 *
 * @param document the document id
 * @param goldState none, in curation or curated
 * @param annotators the annotators whose work is compared
 * @param positions the positions any of them annotated (or a decision covers)
 * @param agreed the positions every compared annotator annotated alike
 * @param autoMerged positions settled by auto-merge
 * @param decided positions settled by a reviewer
 * @param open positions nobody has decided yet
 * @param changed positions decided earlier whose annotations changed since
 * @param reviewer the reviewer holding the document, or null
 */
public record DocumentStatus(String document, GoldState goldState, SortedSet<String> annotators, int positions,
        int agreed, int autoMerged,
        int decided, int open, int changed, String reviewer) {

    /** Returns the number of positions a reviewer still has to settle. */
    public int queued() {
        return open + changed;
    }
}
