package org.attest.curation;

import java.util.List;

/**
 * What one auto-merge run did.
 *
 * @param policy the policy used
 * @param documents one line per document with compared annotators, in corpus order
 * @param skipped documents left alone because no annotator's work counts for them (nobody finished them)
 * @param nanos the time the run took
 */
public record MergeReport(MergePolicy policy, List<Line> documents, List<String> skipped, long nanos) {

    /** Copies the lists. */
    public MergeReport {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }

    /** Returns the number of positions merged in this run, over all documents. */
    public int merged() {
        return documents.stream().mapToInt(Line::merged).sum();
    }

    /** Returns the number of positions waiting for a reviewer, over all documents. */
    public int queued() {
        return documents.stream().mapToInt(l -> l.status().queued()).sum();
    }

    /**
     * One document's outcome.
     *
     * @param merged positions merged now
     * @param waiting positions the policy settles that wait for a span not in the gold yet
     * @param status the document's curation status after the merge
     */
    public record Line(int merged, int waiting, DocumentStatus status) {
    }
}
