package org.attest.curation;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.store.CorpusException;

/**
 * The saving of one document's curation: its gold CAS and curation record, written or staged together, marked in
 * curation.
 */
final class GoldWrites {

    private final CurationFiles files;
    private final Document document;
    private final GoldCas gold;
    private final CurationRecord record;

    GoldWrites(CurationFiles files, Document document, GoldCas gold, CurationRecord record) {
        this.files = files;
        this.document = document;
        this.gold = gold;
        this.record = record;
    }

    /**
     * Marks the record in curation and writes the gold and the record in one transaction; {@code open} tells whether
     * positions are open.
     */
    void write(BooleanSupplier open) throws CorpusException {
        markInCuration(open);
        files.write(document, gold.cas(), record);
    }

    /**
     * Marks the record in curation and stages the gold and the record into {@code staging}, for a caller that publishes
     * many documents.
     */
    void stage(CurationFiles.Staging staging, BooleanSupplier open) throws CorpusException {
        markInCuration(open);
        try {
            files.stage(document, gold.cas(), record, staging);
        } catch (IOException e) {
            throw new CorpusException(
                    "cannot stage the gold and curation record of '" + document.getId() + "': " + e.getMessage()
                            + ". Free space or fix permissions and try again",
                    e);
        }
    }

    /**
     * Writes the gold and the record as they are; when that fails {@code undo} puts the record back as it is on disk.
     */
    void writeOrUndo(Runnable undo) throws CorpusException {
        try {
            files.write(document, gold.cas(), record);
        } catch (CorpusException e) {
            undo.run();
            throw e;
        }
    }

    // A curated document whose annotators changed since is in curation again.
    private void markInCuration(BooleanSupplier open) {
        GoldState state = record.getState();
        if (state == null || state == GoldState.NONE || state == GoldState.CURATED && open.getAsBoolean()) {
            record.setState(GoldState.IN_CURATION);
        }
    }
}
