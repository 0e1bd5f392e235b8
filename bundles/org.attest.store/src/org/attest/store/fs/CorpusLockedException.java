package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Thrown when a corpus cannot be opened for writing because another program holds its write lock. */
public class CorpusLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path corpusDir;

    private final transient LockHolder holder;

    /**
     * Creates the exception.
     *
     * @param corpusDir the locked corpus folder
     * @param holder who holds the lock, or null when unknown
     * @param message the message for the user
     */
    public CorpusLockedException(Path corpusDir, LockHolder holder, String message) {
        super(message);
        this.corpusDir = corpusDir;
        this.holder = holder;
    }

    /**
     * Returns the locked corpus folder.
     *
     * @return the corpus folder
     */
    public Path corpusDir() {
        return corpusDir;
    }

    /**
     * Returns who holds the lock, when the lock file names it.
     *
     * @return the holder, or empty when unknown
     */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }
}
