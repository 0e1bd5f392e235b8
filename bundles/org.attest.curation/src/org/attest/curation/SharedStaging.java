package org.attest.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.store.fs.StagedFiles;
import org.attest.store.fs.Transaction;

/**
 * Lets the worker threads of a corpus-wide run stage their documents' files into one transaction at once: each thread
 * writes its own files into the transaction's staged image of the corpus, and the transaction learns of them one at a
 * time. Staged files live on disk, so a run over many documents holds only the documents its threads are working on.
 */
final class SharedStaging implements CurationFiles.Staging {

    private final Transaction transaction;

    private final Path root;

    // the staged folders made so far: each document's folder is made once, not once per file
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Stages into {@code transaction}, begun on the corpus folder {@code root}. */
    SharedStaging(Transaction transaction, Path root) {
        this.transaction = transaction;
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Stages {@code bytes} as the new content of {@code target}, a file of the corpus; safe to call from several
     * threads.
     */
    @Override
    public void write(Path target, byte[] bytes) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException(target + " is not a file of the corpus " + root);
        }
        Path staged = transaction.stagedRoot().resolve(root.relativize(file).toString());
        // no fsync per folder here: the transaction's commit syncs every staged folder once, before its journal
        if (!folders.contains(staged.getParent())) {
            Files.createDirectories(staged.getParent());
            folders.add(staged.getParent());
        }
        // writing is the slow part and touches only this thread's files; the transaction's bookkeeping is not
        // thread-safe
        StagedFiles.writeStaged(staged, bytes);
        synchronized (this) {
            transaction.adopt(staged);
        }
    }
}
