package org.attest.curation;

import java.util.function.BooleanSupplier;

import org.attest.model.CurationRecord;
import org.attest.model.GoldState;
import org.attest.store.CorpusException;

/** Tracks whether a curation session changed since it was written, and writes, stages and finishes its gold. */
final class SessionWrites {

    private final GoldWrites writes;
    private final ReviewerHold hold;
    private final DecisionLog log;
    private final CurationRecord record;
    // whether positions are still open, which marks the written record in curation
    private final BooleanSupplier open;
    private boolean dirty;

    SessionWrites(GoldWrites writes, ReviewerHold hold, DecisionLog log, CurationRecord record, BooleanSupplier open) {
        this.writes = writes;
        this.hold = hold;
        this.log = log;
        this.record = record;
        this.open = open;
    }

    /** Returns whether something changed since the last write. */
    boolean dirty() {
        return dirty;
    }

    /** Records that something changed when {@code changed}. */
    void changed(boolean changed) {
        dirty |= changed;
    }

    /** Claims the document for the session's reviewer and writes the hold, unless the record names a reviewer. */
    void take() throws CorpusException {
        if (record.getReviewer() == null) {
            log.claim();
            dirty = true;
            write();
        }
    }

    /** Writes the gold and the record in one transaction when something changed; returns whether it wrote them. */
    boolean write() throws CorpusException {
        if (!dirty) {
            return false;
        }
        writes.write(open);
        dirty = false;
        return true;
    }

    /** Stages the gold and the record into {@code staging} when something changed; returns whether it staged them. */
    boolean stage(CurationFiles.Staging staging) throws CorpusException {
        if (!dirty) {
            return false;
        }
        writes.stage(staging, open);
        return true;
    }

    /** Releases the hold and writes the record marked curated; on failure the hold and state are as on disk. */
    void markCurated() throws CorpusException {
        ReviewerHold.Snapshot before = hold.snapshot();
        hold.release();
        record.setState(GoldState.CURATED);
        writes.writeOrUndo(() -> hold.restore(before));
        dirty = false;
    }

    /** Writes the record back in curation, held by the session's reviewer; on failure the hold is as on disk. */
    void reopen() throws CorpusException {
        ReviewerHold.Snapshot before = hold.snapshot();
        record.setState(GoldState.IN_CURATION);
        log.claim();
        writes.writeOrUndo(() -> hold.restore(before));
        dirty = false;
    }
}
