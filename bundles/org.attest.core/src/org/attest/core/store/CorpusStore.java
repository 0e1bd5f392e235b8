package org.attest.core.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.CasFormatException;
import org.attest.core.CorpusException;
import org.attest.core.fs.AtomicFiles;
import org.attest.core.fs.CorpusLock;
import org.attest.core.fs.CorpusLockedException;
import org.attest.model.Annotator;
import org.attest.model.AnnotationState;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;

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
    private final java.util.Map<String, Document> byId = new java.util.concurrent.ConcurrentHashMap<>();
    // The texts verified last, a few so that threads reading different documents at once each keep theirs.
    private final java.util.Map<Path, VerifiedText> verified = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Path, VerifiedText> eldest) {
                    return size() > VERIFIED_TEXTS;
                }
            });

    /** A text whose hash was checked, with the file's size and time then, so reading it again needs one stat, not a hash. */
    private record VerifiedText(Path file, long size, java.nio.file.attribute.FileTime modified, String sha, String text) {
    }

    private static final int VERIFIED_TEXTS = 16;

    private CorpusStore(CorpusLayout layout, Corpus corpus, CorpusLock lock) {
        this.layout = layout;
        this.corpus = corpus;
        this.lock = lock;
        this.casFactory = new CasFactory(corpus.getSchema());
        this.casFormat = new CasFormat(casFactory);
    }

    /** Creates a new corpus in {@code dir} (absent or empty) with the default schema and opens it for writing. */
    public static CorpusStore init(Path dir, String name, String purpose) throws CorpusException {
        CorpusLayout layout = new CorpusLayout(dir.toAbsolutePath().normalize());
        try {
            if (Files.exists(layout.dir())) {
                if (!Files.isDirectory(layout.dir())) {
                    throw new CorpusException(layout.dir() + " is a file; give a folder name for the new corpus");
                }
                try (Stream<Path> entries = Files.list(layout.dir())) {
                    if (entries.findAny().isPresent()) {
                        throw new CorpusException(layout.dir() + " is not empty; choose a new or empty folder for the corpus"
                                + (Files.exists(layout.model()) ? " (it already holds a corpus: use 'attest info " + dir + "')" : ""));
                    }
                }
            }
            AtomicFiles.createDirectories(layout.documents());
            AtomicFiles.createDirectories(layout.privateDir());
            CorpusLock lock = CorpusLock.acquire(layout.dir(), purpose);
            Corpus corpus = CorpusModelFormat.newCorpus(name == null ? layout.dir().getFileName().toString() : name);
            CorpusStore store = new CorpusStore(layout, corpus, lock);
            store.saveModel();
            return store;
        } catch (CorpusLockedException e) {
            throw new CorpusException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CorpusException("cannot create the corpus in " + layout.dir() + ": " + e, e);
        }
    }

    /** Opens the corpus in {@code dir}; WRITE mode takes the write lock and is refused while another process holds it. */
    public static CorpusStore open(Path dir, Mode mode, String purpose) throws CorpusException {
        CorpusLayout layout = new CorpusLayout(dir.toAbsolutePath().normalize());
        if (!Files.isRegularFile(layout.model())) {
            throw new CorpusException(layout.dir() + " is not an Attest corpus (no " + CorpusModelFormat.FILE_NAME
                    + " in it); create one with 'attest init " + dir + "'");
        }
        CorpusLock lock = null;
        try {
            if (mode == Mode.WRITE) {
                lock = CorpusLock.acquire(layout.dir(), purpose);
            }
            Corpus corpus = CorpusModelFormat.read(Files.readAllBytes(layout.model()), layout.model().toString());
            return new CorpusStore(layout, corpus, lock);
        } catch (CorpusLockedException e) {
            throw new CorpusException(e.getMessage(), e);
        } catch (CorpusModelException | IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof CorpusModelException) {
                throw new CorpusException(e.getMessage(), e);
            }
            throw new CorpusException("cannot read " + layout.model() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(CorpusLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (RuntimeException e) {
                // the original failure matters more than a failed unlock
            }
        }
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
        Document found = byId.get(id);
        if (found == null || found.eContainer() != corpus || !id.equals(found.getId()) || byId.size() != corpus.getDocuments().size()) {
            byId.clear();
            for (Document d : corpus.getDocuments()) {
                byId.putIfAbsent(d.getId(), d);
            }
            found = byId.get(id);
        }
        return Optional.ofNullable(found);
    }

    /** Finds annotator {@code name}. */
    public Optional<Annotator> annotator(String name) {
        return corpus.getAnnotators().stream().filter(a -> a.getName().equals(name)).findFirst();
    }

    /** Returns annotator {@code name}, adding it to the model (unsaved) when it is new. */
    public Annotator ensureAnnotator(String name) {
        CorpusLayout.checkAnnotatorName(name);
        return annotator(name).orElseGet(() -> {
            Annotator a = CorpusFactory.eINSTANCE.createAnnotator();
            a.setName(name);
            a.setAdded(new Date());
            corpus.getAnnotators().add(a);
            return a;
        });
    }

    /** Returns the state of {@code annotator}'s work on {@code document}; NEW when it has none. */
    public static DocumentState state(Document document, String annotator) {
        return document.getStates().stream().filter(s -> s.getAnnotator().getName().equals(annotator)).map(AnnotationState::getState)
                .findFirst().orElse(DocumentState.NEW);
    }

    /** Sets the state of {@code annotator}'s work on {@code document} in the model (unsaved). */
    public void setState(Document document, Annotator annotator, DocumentState state) {
        AnnotationState entry = document.getStates().stream().filter(s -> s.getAnnotator() == annotator).findFirst().orElseGet(() -> {
            AnnotationState s = CorpusFactory.eINSTANCE.createAnnotationState();
            s.setAnnotator(annotator);
            document.getStates().add(s);
            return s;
        });
        entry.setState(state);
        entry.setUpdated(new Date());
    }

    /** Reads the text of {@code document}, refusing it when its SHA-256 differs from the one recorded at import. */
    public String readText(Document document) throws CorpusException {
        Path file = layout.text(document.getId());
        VerifiedText cached = verified.get(file);
        if (cached != null && cached.sha().equals(document.getTextSha256())) {
            try {
                var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                if (attributes.size() == cached.size() && attributes.lastModifiedTime().equals(cached.modified())) {
                    return cached.text();
                }
            } catch (IOException e) {
                // fall through to the full read, which reports the problem
            }
        }
        byte[] bytes;
        java.nio.file.attribute.BasicFileAttributes before;
        try {
            before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorpusException(file + " is missing: the text of document '" + document.getId() + "' was deleted or moved; restore it from a backup or version control");
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String actual = Hashes.sha256(bytes);
        if (!actual.equals(document.getTextSha256())) {
            throw new CorpusException(file + " was changed after import (SHA-256 " + actual + ", expected " + document.getTextSha256()
                    + "); annotations refer to the original text, so restore it from a backup or version control");
        }
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // malformed bytes decode to U+FFFD; only a text holding one can be malformed, so only then decode strictly
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            }
            if (before.size() == bytes.length) {
                verified.put(file, new VerifiedText(file, before.size(), before.lastModifiedTime(), actual, text));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new CorpusException(file + " is not valid UTF-8 although its hash matches; the corpus was written by another tool", e);
        }
    }

    /** Returns whether {@code annotator} has a CAS file for {@code document}. */
    public boolean hasCas(Document document, String annotator) {
        return Files.isRegularFile(layout.cas(document.getId(), annotator));
    }

    /** Loads {@code annotator}'s CAS of {@code document}, or a fresh segmented CAS of its text when there is none yet. */
    public CAS readCas(Document document, String annotator) throws CorpusException {
        return readCas(document, annotator, null);
    }

    /**
     * Loads {@code annotator}'s CAS of {@code document} like {@link #readCas(Document, String)}, into {@code reuse} (a
     * CAS of {@link #casFactory()}, or null) when the file allows; returns the CAS read, which the caller uses instead.
     */
    public CAS readCas(Document document, String annotator, CAS reuse) throws CorpusException {
        Path file = layout.cas(document.getId(), annotator);
        String text = readText(document);
        if (!Files.isRegularFile(file)) {
            return casFactory.newCas(text);
        }
        return readCasFile(file, text, reuse);
    }

    /**
     * Loads {@code annotator}'s CAS of {@code document} from {@code bytes}, the content of its file read by the caller,
     * checking them like {@link #readCas(Document, String, CAS)}; for a caller that needs the very bytes it loads.
     */
    public CAS readCas(Document document, String annotator, byte[] bytes, CAS reuse) throws CorpusException {
        return readCasBytes(layout.cas(document.getId(), annotator), bytes, readText(document), reuse);
    }

    /** Loads the curated gold CAS of {@code document}, or a fresh segmented CAS when curation has not started. */
    public CAS readGold(Document document) throws CorpusException {
        return readGold(document, null);
    }

    /** Loads the gold CAS like {@link #readGold(Document)}, into {@code reuse} when the file allows; returns the CAS read. */
    public CAS readGold(Document document, CAS reuse) throws CorpusException {
        Path file = layout.gold(document.getId());
        String text = readText(document);
        return Files.isRegularFile(file) ? readCasFile(file, text, reuse) : casFactory.newCas(text);
    }

    /**
     * Loads the gold CAS of {@code document} from {@code bytes}, the content of its file read by the caller, checking
     * them like {@link #readGold(Document, CAS)}.
     */
    public CAS readGold(Document document, byte[] bytes, CAS reuse) throws CorpusException {
        return readCasBytes(layout.gold(document.getId()), bytes, readText(document), reuse);
    }

    private CAS readCasFile(Path file, String text, CAS reuse) throws CorpusException {
        return readCasBytes(file, readBytes(file), text, reuse);
    }

    /** Reads the bytes of {@code file}, a file of this corpus, naming it when it cannot be read. */
    public byte[] readBytes(Path file) throws CorpusException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private CAS readCasBytes(Path file, byte[] bytes, String text, CAS reuse) throws CorpusException {
        try {
            CAS cas = casFormat.read(bytes, file.toString(), reuse);
            if (!text.equals(cas.getDocumentText())) {
                throw new CorpusException(file + " holds a different text than " + file.getParent().getParent().resolve("text.txt")
                        + "; the file does not belong to this document");
            }
            return cas;
        } catch (CasFormatException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }

    /** Writes {@code annotator}'s CAS of {@code document} atomically and durably. */
    public void writeCas(Document document, String annotator, CAS cas) throws CorpusException {
        requireWritable();
        writeCasFile(layout.cas(document.getId(), annotator), cas);
    }

    /** Writes the gold CAS of {@code document} atomically and durably. */
    public void writeGold(Document document, CAS cas) throws CorpusException {
        requireWritable();
        writeCasFile(layout.gold(document.getId()), cas);
    }

    private void writeCasFile(Path file, CAS cas) throws CorpusException {
        try {
            AtomicFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, casFormat.write(cas));
        } catch (IOException e) {
            throw new CorpusException("cannot save " + file + ": " + e.getMessage() + "; the previous version is unchanged", e);
        }
    }

    /** Writes the corpus model atomically and durably. */
    public void saveModel() throws CorpusException {
        requireWritable();
        try {
            AtomicFiles.write(layout.model(), CorpusModelFormat.write(corpus));
        } catch (IOException e) {
            throw new CorpusException("cannot save " + layout.model() + ": " + e.getMessage() + "; the previous version is unchanged", e);
        }
    }

    private void requireWritable() throws CorpusException {
        if (lock == null) {
            throw new CorpusException("the corpus " + layout.dir() + " was opened read-only; open it for writing to change it");
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
