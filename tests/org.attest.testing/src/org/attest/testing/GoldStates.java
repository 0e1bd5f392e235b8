package org.attest.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.fs.AtomicFiles;

/**
 * Sets a document's gold state in its curation record, as a reviewer's tool would, for tests that skip the curation
 * itself.
 */
public final class GoldStates {

    private GoldStates() {
    }

    /** Writes {@code state} into {@code document}'s record, describing the gold file that is there now. */
    public static void set(CorpusStore store, Document document, GoldState state) throws Exception {
        Path file = store.layout().curationRecord(document.getId());
        CurationRecord record = store.curationRecords().read(document).orElseGet(() -> {
            CurationRecord fresh = CorpusFactory.eINSTANCE.createCurationRecord();
            fresh.setDocument(document.getId());
            return fresh;
        });
        Path gold = store.layout().gold(document.getId());
        if (record.getGoldSha256() == null && Files.isRegularFile(gold)) {
            record.setGoldSha256(Hashes.sha256(Files.readAllBytes(gold)));
        }
        record.setState(state);
        AtomicFiles.write(file, CorpusModelFormat.writeCurationRecord(record));
    }
}
