package org.attest.curation;

import java.util.Date;
import java.util.Optional;

import org.attest.model.CurationRecord;
import org.attest.model.GoldState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.TimeFormat;

/**
 * The reviewer's hold on one document's curation: one reviewer curates a document at a time, others look but do not
 * decide.
 */
final class ReviewerHold {

    private final CorpusStore store;
    private final String document;
    private final CurationRecord record;
    private final String reviewer;

    ReviewerHold(CorpusStore store, String document, CurationRecord record, String reviewer) {
        this.store = store;
        this.document = document;
        this.record = record;
        this.reviewer = reviewer;
    }

    /** Returns the other reviewer who holds the document, if it is not this session's reviewer. */
    Optional<String> heldByOther() {
        String holder = record.getReviewer();
        return holder == null || holder.equals(reviewer) ? Optional.empty() : Optional.of(holder);
    }

    /** Refuses a decision when the session has no reviewer or another reviewer holds the document. */
    void require() throws CorpusException {
        if (reviewer == null) {
            throw new IllegalStateException("an auto-merge session takes no reviewer decisions");
        }
        Optional<String> holder = heldByOther();
        if (holder.isPresent()) {
            throw new CorpusException("'" + document + "' is being curated by '" + holder.get() + "' since "
                    + TimeFormat.minutes(record.getReviewerSince()) + "; one reviewer curates a document at a time",
                    CorpusException.Remedy.RELEASE_CURATION,
                    store.layout().dir(), document, holder.get());
        }
    }

    /** Gives up the hold, whoever holds it; returns whether there was one. */
    boolean release() {
        if (record.getReviewer() == null) {
            return false;
        }
        record.setReviewer(null);
        record.setReviewerSince(null);
        return true;
    }

    /** Returns the hold and gold state as they are now, to put back when a write fails. */
    Snapshot snapshot() {
        return new Snapshot(record.getReviewer(), record.getReviewerSince(), record.getState());
    }

    /** Puts back the hold and gold state of {@code snapshot}. */
    void restore(Snapshot snapshot) {
        record.setReviewer(snapshot.holder());
        record.setReviewerSince(snapshot.since());
        record.setState(snapshot.state());
    }

    /** The hold and gold state of a curation record at one moment. */
    record Snapshot(String holder, Date since, GoldState state) {
    }
}
