package org.attest.sync;

import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * A reviewer's hold on a document, made team-wide: before a reviewer takes a document they do not hold yet, the corpus
 * synchronises, so that a hold another reviewer published is seen; the hold just taken is then published at once.
 */
public final class TeamHold {

    /**
     * What checking with the team gave.
     *
     * @param synced the synchronisation done, or null when none was needed or possible
     * @param offline why the team could not be asked (the hold then is only local until the next sync), or null
     */
    public record Check(SyncResult synced, String offline) {
    }

    private final SyncService sync = new SyncService();

    /**
     * What taking a document gave.
     *
     * @param holder who holds the document now: the reviewer, or the other reviewer who held it first
     * @param offline why the team could not be asked (the hold then is only on this machine until the next sync), or
     *     null
     */
    public record Taken(String holder, String offline) {
    }

    /**
     * Takes {@code document} for {@code reviewer} team-wide: synchronises so the records show every published hold,
     * takes
     * it when nobody else holds it, and publishes the hold at once. {@code store} must be open for writing, and is
     * stale afterwards: open the corpus again.
     */
    public Taken take(CorpusStore store, String document, String reviewer, SyncService.Request request)
            throws CorpusException, SyncException {
        Document d = new org.attest.curation.CurationService(store).document(document);
        Check check = needed(store, d, reviewer) ? refresh(store, request) : new Check(null, null);
        // the files are current after the sync even though the store's model is not: the record is read from disk
        String holder = store.curationRecords().read(d).map(CurationRecord::getReviewer).orElse(null);
        if (holder != null && !holder.equals(reviewer)) {
            return new Taken(holder, check.offline());
        }
        if (holder == null) {
            new org.attest.curation.CurationService(store).open(document, reviewer, false).take();
            if (check.offline() == null && check.synced() != null) {
                refresh(store, request);
            }
        }
        return new Taken(reviewer, check.offline());
    }

    /**
     * Returns whether taking {@code document} for {@code reviewer} should ask the team first: a shared corpus the
     * reviewer does not hold it in.
     */
    public boolean needed(CorpusStore store, Document document, String reviewer) throws CorpusException {
        if (!TeamCorpus.isShared(store.layout().dir())) {
            return false;
        }
        String holder = store.curationRecords().read(document).map(CurationRecord::getReviewer).orElse(null);
        return !reviewer.equals(holder);
    }

    /**
     * Synchronises {@code store} (open for writing) so that its records show every hold the team published; afterwards
     * open the corpus again. A remote that cannot be reached is no error: the check says so and the hold stays local.
     */
    public Check refresh(CorpusStore store, SyncService.Request request) throws CorpusException, SyncException {
        try {
            return new Check(sync.sync(store, request), null);
        } catch (SyncException e) {
            if (e.reason() == SyncException.Reason.UNREACHABLE || e.reason() == SyncException.Reason.NO_REMOTE) {
                return new Check(null, e.getMessage());
            }
            throw e;
        }
    }
}
