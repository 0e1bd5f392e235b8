package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attest.model.Corpus;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.persist.CorpusPartsFormat;
import org.attest.store.CorpusException;
import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.CorpusLockedException;
import org.attest.store.fs.Recovery;

/**
 * Creating and opening a corpus folder: the write lock, the model read from its files, and the migration of older
 * formats.
 */
final class CorpusOpening {

    private CorpusOpening() {
    }

    /** Creates a new corpus in {@code dir} (absent or empty) with the default schema and opens it for writing. */
    static CorpusStore init(Path dir, String name, String purpose) throws CorpusException {
        CorpusLayout layout = new CorpusLayout(dir.toAbsolutePath().normalize());
        List<String> notices = new ArrayList<>();
        try {
            if (Files.exists(layout.dir())) {
                if (!Files.isDirectory(layout.dir())) {
                    throw new CorpusException(layout.dir() + " is a file; give a folder name for the new corpus");
                }
                if (InterruptedInit.clear(layout)) {
                    notices.add("removed what an interrupted creation of a corpus had left in " + layout.dir()
                            + " and created the corpus anew");
                }
                try (Stream<Path> entries = Files.list(layout.dir())) {
                    if (entries.findAny().isPresent()) {
                        boolean corpus = Files.exists(layout.model());
                        throw new CorpusException(
                                layout.dir() + " is not empty; choose a new or empty folder for the corpus"
                                        + (corpus ? " (it already holds a corpus)" : ""),
                                corpus
                                        ? CorpusException.Remedy.SHOW_CORPUS
                                        : CorpusException.Remedy.NONE,
                                layout.dir(), null, null);
                    }
                }
            }
            AtomicFiles.createDirectories(layout.documents());
            AtomicFiles.createDirectories(layout.privateDir());
            CorpusLock lock = CorpusLock.acquire(layout.dir(), purpose);
            Corpus corpus = CorpusModelFormat.newCorpus(name == null ? layout.dir().getFileName().toString() : name);
            corpus.setFormatVersion(CorpusPartsFormat.SPLIT_FORMAT);
            ModelFiles files = new ModelFiles(layout);
            CorpusStore store = new CorpusStore(layout, corpus, lock, files, false, notices);
            try {
                ModelFiles.Writes all = files.all(corpus);
                all.write().putAll(VersionControlFiles.missing(layout.dir()));
                files.publish(all, "creation of the corpus");
                AtomicFiles.write(layout.model(), CorpusPartsFormat.writeHeader(corpus));
                store.ensureTypeSystemFile();
            } catch (IOException | CorpusException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (CorpusLockedException e) {
            throw new CorpusException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CorpusException("cannot create the corpus in " + layout.dir() + ": " + e, e);
        }
    }

    /**
     * Opens the corpus in {@code dir}; WRITE mode takes the write lock and is refused while another process holds it.
     */
    static CorpusStore open(Path dir, CorpusStore.Mode mode, String purpose) throws CorpusException {
        CorpusLayout layout = new CorpusLayout(dir.toAbsolutePath().normalize());
        if (!Files.isRegularFile(layout.model())) {
            throw new CorpusException(layout.dir() + " is not an Attest corpus (no " + CorpusModelFormat.FILE_NAME
                    + " in it)", CorpusException.Remedy.CREATE_CORPUS, layout.dir(), null, null);
        }
        CorpusLock lock = null;
        try {
            List<String> notices = new ArrayList<>();
            if (mode == CorpusStore.Mode.WRITE) {
                lock = CorpusLock.acquire(layout.dir(), purpose);
                notices.addAll(recover(layout, lock));
            } else if (!Recovery.pending(layout.dir()).isEmpty()) {
                notices.addAll(recoverForReading(layout, purpose));
            }
            Corpus corpus = CorpusModelFormat.read(CorpusFiles.read(layout.dir(), layout.model()),
                    layout.model().toString());
            ModelFiles files = new ModelFiles(layout);
            boolean legacy = corpus.getFormatVersion() < CorpusPartsFormat.SPLIT_FORMAT;
            if (corpus.getFormatVersion() > CorpusPartsFormat.SPLIT_FORMAT) {
                throw new CorpusException(layout.model() + " is of format " + corpus.getFormatVersion()
                        + ", written by a newer Attest than this one (format "
                        + CorpusPartsFormat.SPLIT_FORMAT + "); update Attest to open it");
            } else if (legacy) {
                legacy = !migrate(layout, corpus, files, lock, purpose, notices);
            } else {
                files.read(corpus);
            }
            CorpusStore store;
            try {
                store = new CorpusStore(layout, corpus, lock, files, legacy, notices);
            } catch (IllegalArgumentException e) {
                // the type system is built from the schema: what it refuses is a fault of schema.xmi, not of corpus.xmi
                throw new CorpusException(layout.schema() + " describes a schema Attest cannot use: " + e.getMessage()
                        + "; restore the file from the team's copy or a backup", e);
            }
            if (lock != null) {
                store.ensureTypeSystemFile();
            }
            return store;
        } catch (CorpusLockedException e) {
            throw new CorpusException(e.getMessage(), e);
        } catch (CorpusModelException | CorpusException | IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof CorpusModelException || e instanceof CorpusException) {
                throw new CorpusException(e.getMessage(), e);
            }
            throw new CorpusException(e instanceof org.attest.store.fs.UnsafePathException
                    ? e.getMessage()
                    : "cannot read " + layout.model() + ": " + e.getMessage(), e);
        }
    }

    // Migrates a format 1 corpus under the write lock (taken briefly when opening for reading); false when another
    // program holds it.
    private static boolean migrate(CorpusLayout layout, Corpus corpus, ModelFiles files, CorpusLock held,
            String purpose, List<String> notices)
            throws CorpusException, IOException {
        CorpusLock lock = held;
        if (lock == null) {
            try {
                lock = CorpusLock.acquire(layout.dir(),
                        purpose + " (migrating the corpus to format " + CorpusPartsFormat.SPLIT_FORMAT + ")");
            } catch (CorpusLockedException e) {
                notices.add("the corpus is of format " + corpus.getFormatVersion()
                        + " and is read as it is: it will move to format "
                        + CorpusPartsFormat.SPLIT_FORMAT + " when no other program has it open for writing");
                return false;
            }
        }
        try {
            notices.add(new ModelMigration(layout, files).migrate(corpus));
            return true;
        } finally {
            if (held == null) {
                lock.close();
            }
        }
    }

    /** Finishes or rolls back what a crashed writer left, in one line each; says who crashed when nothing was left. */
    static List<String> recover(CorpusLayout layout, CorpusLock lock) throws IOException {
        List<String> notes = new ArrayList<>(lock.previousHolder().isPresent()
                ? Recovery.recover(layout.dir(), lock.previousHolder().get())
                : Recovery.recover(layout.dir(), false));
        if (notes.isEmpty() && lock.previousHolder().isPresent()) {
            notes.add("took over the corpus from " + lock.previousHolder().get().describe()
                    + ", which ended without closing it; nothing of its work was left half done");
        }
        return notes;
    }

    // A reader finishes what a crashed writer left only when no one holds the lock: a live writer's journal is its own.
    private static List<String> recoverForReading(CorpusLayout layout, String purpose) throws IOException {
        try (CorpusLock lock = CorpusLock.acquire(layout.dir(), purpose + " (recovering an interrupted operation)")) {
            return recover(layout, lock);
        } catch (CorpusLockedException e) {
            return List.of();
        } catch (java.nio.file.AccessDeniedException e) {
            return List.of(
                    "an interrupted operation is not finished, as you may not write to the corpus; it is read as it is ("
                            + String.join("; ", Recovery.pending(layout.dir())) + ")");
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

}
