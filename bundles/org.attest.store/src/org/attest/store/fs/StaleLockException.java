package org.attest.store.fs;

import java.nio.file.Path;

/**
 * Thrown when a corpus lock file remains from a program that ended without releasing it; clearing it
 * ({@link CorpusLock#clearStale(Path)}) is the remedy, which the command line and the workbench each word.
 */
public final class StaleLockException extends CorpusLockedException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param corpusDir the corpus folder with the stale lock file
     * @param holder the holder the lock file names, or null when it is unreadable
     * @param message the message for the user
     */
    public StaleLockException(Path corpusDir, LockHolder holder, String message) {
        super(corpusDir, holder, message);
    }
}
