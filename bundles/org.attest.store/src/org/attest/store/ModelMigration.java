package org.attest.store;

import java.io.IOException;

import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.CorpusPackage;
import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.persist.CorpusPartsFormat;
import org.attest.store.CorpusException;
import org.attest.store.fs.AtomicFiles;

/**
 * Moves a corpus of format 1 (everything in {@code corpus.xmi}) to the layout where every file has one writer: the
 * parts are written first, each gold state goes into its document's curation record, and {@code corpus.xmi} is
 * rewritten last as the header of format 2, so an interrupted migration simply runs again at the next open.
 */
final class ModelMigration {

    private final CorpusLayout layout;
    private final ModelFiles files;

    ModelMigration(CorpusLayout layout, ModelFiles files) {
        this.layout = layout;
        this.files = files;
    }

    /**
     * Migrates {@code corpus}, read from a format 1 {@code corpus.xmi}, and returns the one-line notice for the user.
     */
    String migrate(Corpus corpus) throws CorpusException {
        int from = corpus.getFormatVersion();
        corpus.setFormatVersion(CorpusPartsFormat.SPLIT_FORMAT);
        try {
            ModelFiles.Writes all = files.all(corpus);
            CurationRecords records = new CurationRecords(layout);
            int gold = 0;
            for (Document document : corpus.getDocuments()) {
                GoldState state = document.getGoldState();
                if (state != null && state != GoldState.NONE) {
                    CurationRecord record = records.read(document).orElseGet(() -> {
                        CurationRecord fresh = CorpusFactory.eINSTANCE.createCurationRecord();
                        fresh.setDocument(document.getId());
                        return fresh;
                    });
                    record.setState(state);
                    all.write().put(layout.curationRecord(document.getId()),
                            CorpusModelFormat.writeCurationRecord(record));
                    gold++;
                }
            }
            all.write().putAll(VersionControlFiles.missing(layout.dir()));
            files.publish(all, "move to format " + CorpusPartsFormat.SPLIT_FORMAT);
            AtomicFiles.write(layout.model(), CorpusPartsFormat.writeHeader(corpus));
            for (Document document : corpus.getDocuments()) {
                document.eUnset(CorpusPackage.Literals.DOCUMENT__GOLD_STATE);
            }
            return "migrated " + layout.dir() + " from format " + from + " to format " + CorpusPartsFormat.SPLIT_FORMAT
                    + ", where every file has one writer (" + corpus.getDocuments().size() + " document(s), "
                    + corpus.getAnnotators().size()
                    + " annotator record(s), " + corpus.getEntities().size() + " entit(ies), " + gold
                    + " gold state(s) moved to curation records)";
        } catch (IOException e) {
            corpus.setFormatVersion(from);
            throw new CorpusException("cannot migrate " + layout.dir() + " to format " + CorpusPartsFormat.SPLIT_FORMAT
                    + ": " + e.getMessage()
                    + "; corpus.xmi is unchanged, so the migration runs again at the next open", e);
        }
    }
}
