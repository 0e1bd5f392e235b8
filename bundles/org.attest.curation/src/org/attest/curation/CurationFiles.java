package org.attest.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFormatException;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.fs.Transaction;

/**
 * Reads and writes a document's gold CAS together with its curation record ({@code documents/ID/curation.xmi}).
 *
 * <p>The record carries the SHA-256 of the gold file it describes, and both are published by one transaction, so they
 * change together. A gold file and record changed apart (by hand, or by an older version that wrote them one after the
 * other) no longer match; reading detects this and stops with a message instead of presenting annotations without
 * their provenance.
 */
final class CurationFiles {

    private final CorpusStore store;

    CurationFiles(CorpusStore store) {
        this.store = store;
    }

    /** Returns the record file of {@code document}. */
    Path recordFile(Document document) {
        return store.layout().curationRecord(document.getId());
    }

    /** Returns whether {@code document} has a curation record. */
    boolean hasRecord(Document document) {
        return Files.isRegularFile(recordFile(document));
    }

    /** Reads the record of {@code document}, or a new empty one when curation has not started. */
    CurationRecord readRecord(Document document) throws CorpusException {
        return store.curationRecords().read(document).orElseGet(() -> {
            CurationRecord record = CorpusFactory.eINSTANCE.createCurationRecord();
            record.setDocument(document.getId());
            return record;
        });
    }

    /** Reads the gold CAS of {@code document} and checks it is the one {@code record} describes. */
    CAS readGold(Document document, CurationRecord record) throws CorpusException {
        return readGold(document, record, null, null);
    }

    /**
     * Reads the gold CAS like {@link #readGold(Document, CurationRecord)}; when there is none yet, starts it from the
     * text, sentences and tokens of {@code template} (an annotator's CAS of the same text) when given, which saves
     * segmenting the text again; reads into {@code reuse} (a CAS of the store's factory, or null) when possible.
     */
    CAS readGold(Document document, CurationRecord record, CAS template, CAS reuse) throws CorpusException {
        Path gold = store.layout().gold(document.getId());
        if (!Files.isRegularFile(gold)) {
            if (record.getGoldSha256() != null) {
                throw new CorpusException(gold + " is missing although " + recordFile(document)
                        + " records gold decisions for it; restore it "
                        + "from a backup or version control, or delete the record to start the curation of '"
                        + document.getId() + "' over");
            }
            return template == null
                    ? store.newCas(document)
                    : segmentedCopy(template, reuse);
        }
        try {
            byte[] bytes = verified(document, record, gold);
            String text = store.readText(document);
            CAS cas = store.casFormat().read(bytes, gold.toString(), reuse);
            if (!text.equals(cas.getDocumentText())) {
                throw new CorpusException(gold + " holds a different text than document '" + document.getId()
                        + "'; the file does not belong here");
            }
            return cas;
        } catch (CasFormatException e) {
            throw new CorpusException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + gold + ": " + e.getMessage(), e);
        }
    }

    /** Checks that {@code document}'s record (when there is one) reads and names the SHA-256 of its gold file. */
    void verify(Document document) throws CorpusException {
        if (!hasRecord(document)) {
            return;
        }
        CurationRecord record = readRecord(document);
        Path gold = store.layout().gold(document.getId());
        if (Files.isRegularFile(gold)) {
            try {
                verified(document, record, gold);
            } catch (IOException e) {
                throw new CorpusException("cannot read " + gold + ": " + e.getMessage(), e);
            }
        } else if (record.getGoldSha256() != null) {
            readGold(document, record);
        }
    }

    private byte[] verified(Document document, CurationRecord record, Path gold) throws IOException, CorpusException {
        byte[] bytes = store.readBytes(gold);
        String sha = Hashes.sha256(bytes);
        if (record.getGoldSha256() == null || !record.getGoldSha256().equals(sha)) {
            throw new CorpusException(gold + " is not the gold file " + recordFile(document) + " describes (SHA-256 "
                    + sha.substring(0, 12)
                    + ", recorded "
                    + (record.getGoldSha256() == null ? "none" : record.getGoldSha256().substring(0, 12))
                    + "): a save was interrupted between the two files or one was changed by hand. Restore both from a backup, or "
                    + "delete both to start the curation of '" + document.getId() + "' over");
        }
        return bytes;
    }

    private CAS segmentedCopy(CAS template, CAS reuse) {
        CAS cas = reuse == null ? store.casFactory().emptyCas() : reuse;
        cas.reset();
        cas.setDocumentText(template.getDocumentText());
        cas.setDocumentLanguage(template.getDocumentLanguage());
        for (String typeName : new String[]{AttestTypes.SENTENCE, AttestTypes.TOKEN}) {
            Type type = cas.getTypeSystem().getType(typeName);
            for (AnnotationFS fs : template
                    .<AnnotationFS>getAnnotationIndex(template.getTypeSystem().getType(typeName))) {
                cas.addFsToIndexes(cas.createAnnotation(type, fs.getBegin(), fs.getEnd()));
            }
        }
        return cas;
    }

    /** Where staged files go: a transaction of one document, or the shared transaction of a corpus-wide merge. */
    @FunctionalInterface
    interface Staging {

        /** Stages {@code bytes} as the new content of {@code target}, published when the transaction commits. */
        void write(Path target, byte[] bytes) throws IOException;
    }

    /** Writes the gold CAS and the record with the gold file's SHA-256 together, in one transaction. */
    void write(Document document, CAS gold, CurationRecord record) throws CorpusException {
        if (!store.writable()) {
            throw new CorpusException(
                    "the corpus " + store.layout().dir() + " was opened read-only; open it for writing to curate");
        }
        Path goldFile = store.layout().gold(document.getId());
        Path recordFile = recordFile(document);
        try (Transaction transaction = Transaction.begin(store.layout().dir(), "curation of " + document.getId())) {
            stage(document, gold, record, transaction::write);
            transaction.summary("the gold standard and curation record of " + document.getId() + " saved");
            transaction.commit();
        } catch (IOException e) {
            throw new CorpusException("cannot save " + goldFile + " and " + recordFile + ": " + e.getMessage()
                    + "; both files are unchanged. Free space or fix permissions and save again", e);
        }
    }

    /**
     * Stages the gold CAS and the record, which then carries the SHA-256 of the staged gold file, into {@code staging}.
     */
    void stage(Document document, CAS gold, CurationRecord record, Staging staging) throws IOException {
        byte[] bytes = store.casFormat().write(gold);
        record.setGoldSha256(Hashes.sha256(bytes));
        staging.write(store.layout().gold(document.getId()), bytes);
        staging.write(recordFile(document), CorpusModelFormat.writeCurationRecord(record));
    }
}
