package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.uima.cas.CAS;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.Segmentation;
import org.attest.model.Annotator;
import org.attest.model.Corpus;
import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.model.persist.CorpusPartsFormat;
import org.attest.store.CorpusException;
import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.Transaction;

/** An open corpus folder: its model, immutable texts and CAS files, read and written durably. */
public final class CorpusStore implements AutoCloseable {

    /** How a corpus is opened. */
    public enum Mode {
        /** Reading only; no lock is taken and writing methods refuse. */
        READ,
        /** Reading and writing under the corpus write lock. */
        WRITE
    }

    private final CorpusLayout layout;
    private final Corpus corpus;
    private final CorpusLock lock;
    private final CasFactory casFactory;
    private final CasFormat casFormat;
    private final ModelFiles files;
    private final ModelSaves saves;
    private final TextReader texts;
    private final CurationRecords records;
    private final CasFiles cases;
    private final List<String> notices;
    private final DocumentIndex index;
    private final CasReads reads;

    CorpusStore(CorpusLayout layout, Corpus corpus, CorpusLock lock, ModelFiles files, boolean legacy,
            List<String> notices) {
        this.layout = layout;
        this.corpus = corpus;
        this.lock = lock;
        this.files = files;
        this.notices = new java.util.ArrayList<>(notices);
        this.casFactory = new CasFactory(corpus.getSchema());
        this.casFormat = new CasFormat(casFactory, new TypeSystemFiles(layout));
        this.texts = new TextReader(layout);
        this.records = new CurationRecords(layout, legacy);
        this.cases = new CasFiles(layout.dir(), casFactory, casFormat);
        this.index = new DocumentIndex(corpus);
        this.saves = new ModelSaves(layout, corpus, files);
        this.reads = new CasReads(layout, cases, texts);
    }

    /** Creates a new corpus in {@code dir} (absent or empty) with the default schema and opens it for writing. */
    public static CorpusStore init(Path dir, String name, String purpose) throws CorpusException {
        return CorpusOpening.init(dir, name, purpose);
    }

    /**
     * Opens the corpus in {@code dir}; WRITE mode takes the write lock and is refused while another process holds it. A
     * corpus of an older format is migrated first, which {@link #notices()} reports.
     */
    public static CorpusStore open(Path dir, Mode mode, String purpose) throws CorpusException {
        return CorpusOpening.open(dir, mode, purpose);
    }

    /** Returns the corpus model (documents, annotators, schema, registry). */
    public Corpus corpus() {
        return corpus;
    }

    /** Returns where the corpus files live. */
    public CorpusLayout layout() {
        return layout;
    }

    /** Returns the factory of CASes for this corpus's schema. */
    public CasFactory casFactory() {
        return casFactory;
    }

    /** Returns the CAS file format. */
    public CasFormat casFormat() {
        return casFormat;
    }

    /** Returns whether the corpus was opened for writing. */
    public boolean writable() {
        return lock != null;
    }

    /** Finds document {@code id}; an index keeps this constant-time for corpora of many documents. */
    public Optional<Document> document(String id) {
        return index.find(id);
    }

    /** Finds annotator {@code name}. */
    public Optional<Annotator> annotator(String name) {
        return corpus.getAnnotators().stream().filter(a -> a.getName().equals(name)).findFirst();
    }

    /** Returns annotator {@code name}, adding it to the model (unsaved) when it is new. */
    public Annotator ensureAnnotator(String name) {
        return AnnotatorStates.ensure(corpus, name);
    }

    /** Returns the state of {@code annotator}'s work on {@code document}; NEW when it has none. */
    public static DocumentState state(Document document, String annotator) {
        return AnnotatorStates.state(document, annotator);
    }

    /** Sets the state of {@code annotator}'s work on {@code document} in the model (unsaved). */
    public void setState(Document document, Annotator annotator, DocumentState state) {
        AnnotatorStates.set(document, annotator, state);
    }

    /** Reads the text of {@code document}, refusing it when its SHA-256 differs from the one recorded at import. */
    public String readText(Document document) throws CorpusException {
        return texts.read(document);
    }

    /** Returns the gold state of {@code document}, which its curation record holds: NONE before curation starts. */
    public GoldState goldState(Document document) throws CorpusException {
        return records.state(document);
    }

    /** Returns the gold state of {@code document} whose curation record, as just read, is {@code record}. */
    public GoldState goldState(Document document, CurationRecord record) {
        return records.state(document, record);
    }

    /** Returns the reader of the documents' curation records. */
    public CurationRecords curationRecords() {
        return records;
    }

    /**
     * Returns what opening the corpus did that the user should hear of in one line each, such as a migration to a new
     * format.
     */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    // Writes the type system file the CAS files this store writes name, before any of them, when it is missing.
    void ensureTypeSystemFile() throws CorpusException {
        new TypeSystemFiles(layout).ensure(casFormat.typeSystemFile(), !corpus.getDocuments().isEmpty())
                .ifPresent(notices::add);
    }

    /**
     * Returns the state entries, per annotator, that name documents this corpus does not hold; they are kept, not
     * dropped.
     */
    public java.util.Map<String, List<String>> unplacedStates() {
        java.util.Map<String, List<String>> unplaced = new java.util.TreeMap<>();
        files.unplaced().forEach((a, list) -> unplaced.put(a, list.stream().map(p -> p.getDocument()).toList()));
        return unplaced;
    }

    /** Returns whether {@code annotator} has a CAS file for {@code document}. */
    public boolean hasCas(Document document, String annotator) {
        // a link is no CAS of the corpus: reading it is refused, so it does not count as one either
        return Files.isRegularFile(layout.cas(document.getId(), annotator), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Loads {@code annotator}'s CAS of {@code document}, or a fresh segmented CAS of its text when there is none yet.
     */
    public CAS readCas(Document document, String annotator) throws CorpusException {
        return readCas(document, annotator, null);
    }

    /**
     * Loads {@code annotator}'s CAS of {@code document} like {@link #readCas(Document, String)}, into {@code reuse} (a
     * CAS of {@link #casFactory()}, or null) when the file allows; returns the CAS read, which the caller uses instead.
     */
    public CAS readCas(Document document, String annotator, CAS reuse) throws CorpusException {
        return cases.read(layout.cas(document.getId(), annotator), document, readText(document), reuse);
    }

    /** Loads the curated gold CAS of {@code document}, or a fresh segmented CAS when curation has not started. */
    public CAS readGold(Document document) throws CorpusException {
        return readGold(document, null);
    }

    /**
     * Loads the gold CAS like {@link #readGold(Document)}, into {@code reuse} when the file allows; returns the CAS
     * read.
     */
    public CAS readGold(Document document, CAS reuse) throws CorpusException {
        return cases.read(layout.gold(document.getId()), document, readText(document), reuse);
    }

    /** Returns a new CAS of {@code document}'s text with the sentences and tokens its source fixed, else segmented. */
    public CAS newCas(Document document) throws CorpusException {
        return cases.fresh(document, readText(document));
    }

    /**
     * Returns the sentences and tokens the source of {@code document} fixed, kept in its {@link TokenFile} and checked
     * against its text; empty when the source fixed none and the text is segmented.
     */
    public Optional<Segmentation> segmentation(Document document) throws CorpusException {
        return cases.hasTokens(document) ? cases.segmentation(document, readText(document).length()) : Optional.empty();
    }

    /** Returns the reads of CASes for callers that walk many: from their own bytes or against a checked text. */
    public CasReads reads() {
        return reads;
    }

    /** Reads the bytes of {@code file}, a file of this corpus, naming it when it cannot be read. */
    public byte[] readBytes(Path file) throws CorpusException {
        return CorpusFiles.read(layout.dir(), file);
    }

    /** Writes {@code annotator}'s CAS of {@code document} atomically and durably. */
    public void writeCas(Document document, String annotator, CAS cas) throws CorpusException {
        requireWritable();
        cases.write(layout.cas(document.getId(), annotator), cas);
    }

    /** Writes the gold CAS of {@code document} atomically and durably. */
    public void writeGold(Document document, CAS cas) throws CorpusException {
        requireWritable();
        cases.write(layout.gold(document.getId()), cas);
    }

    /** Writes the files of the corpus model that changed since the last save, all together or not at all. */
    public void saveModel() throws CorpusException {
        saveModel("save of the corpus model");
    }

    /**
     * Writes the files of the corpus model that changed since the last save, all together; {@code operation} names it
     * in a recovery note.
     */
    public void saveModel(String operation) throws CorpusException {
        requireWritable();
        saves.save(operation);
    }

    /** Adds the model files changed since the last save to {@code transaction}, whose commit makes them saved. */
    public void stageModel(Transaction transaction) throws CorpusException {
        requireWritable();
        saves.stage(transaction);
    }

    /** Records that a transaction holding the staged model has committed. */
    public void modelCommitted() {
        saves.committed();
    }

    /**
     * Returns the content of {@code document}'s metadata file, for a caller that publishes the file itself (an import).
     */
    public byte[] documentFile(Document document) throws CorpusException {
        try {
            return CorpusPartsFormat.writeDocument(document);
        } catch (IOException e) {
            throw new CorpusException(
                    "cannot write the metadata of document '" + document.getId() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Records that {@code document}, added to the model, already has its metadata file on disk, written by its import.
     */
    public void published(Document document) {
        saves.published(document);
    }

    private void requireWritable() throws CorpusException {
        if (lock == null) {
            throw new CorpusException(
                    "the corpus " + layout.dir() + " was opened read-only; open it for writing to change it");
        }
    }

    /** Releases the write lock, if held. */
    @Override
    public void close() throws CorpusException {
        if (lock != null) {
            lock.close();
        }
    }
}
