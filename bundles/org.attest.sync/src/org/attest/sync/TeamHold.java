package org.attest.sync;

import org.attest.core.CorpusException;
import org.attest.core.store.CorpusStore;
import org.attest.model.CurationRecord;
import org.attest.model.Document;

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

    /** Returns whether taking {@code document} for {@code reviewer} should ask the team first: a shared corpus the reviewer does not hold it in. */
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
