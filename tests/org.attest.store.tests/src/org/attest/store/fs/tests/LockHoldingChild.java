package org.attest.store.fs.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.store.fs.CorpusLock;

/** Child process main: holds the write lock of a corpus until its standard input closes. */
public final class LockHoldingChild {

    static final String PURPOSE = "attest import (test child)";

    private LockHoldingChild() {
    }

    /** Locks {@code args[0]}, prints "locked", and releases the lock when standard input ends. */
    public static void main(String[] args) throws IOException {
        try (CorpusLock lock = CorpusLock.acquire(Path.of(args[0]), PURPOSE)) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Waiting is the point: the parent decides when this holder ends, or kills it.
            }
        }
    }
}
