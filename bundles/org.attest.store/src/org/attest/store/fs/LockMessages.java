package org.attest.store.fs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The exceptions that tell a user who holds a corpus lock, as facts: how to clear a lock is worded by the command line
 * and the workbench, each in its own terms.
 */
final class LockMessages {

    private LockMessages() {
    }

    /** Another process holds the OS lock; the holder is empty while it is still writing its name. */
    static CorpusLockedException lockedByOtherProcess(Path dir, Optional<LockHolder> holder) {
        String who = holder.map(LockHolder::describe)
                .orElse("another program (it has not yet written its name to " + dir.resolve(CorpusLock.LOCK_FILE)
                        + ")");
        return new CorpusLockedException(dir, holder.orElse(null), "The corpus " + dir
                + " is open for writing by " + who + ". Close that program first, or wait for it to finish.");
    }

    /** Another part of this JVM holds the corpus. */
    static CorpusLockedException lockedInThisJvm(Path dir, LockHolder holder) {
        String who = holder == null ? "another part of this program" : holder.describe() + " in this program";
        return new CorpusLockedException(dir, holder, "The corpus " + dir + " is open for writing by " + who
                + ". Close it there first, or wait for it to finish.");
    }

    /** The OS lock is free but the lock file names a holder, or is damaged. */
    static StaleLockException stale(Path dir, Path lockFile, Optional<LockHolder> holder) {
        String message;
        if (holder.isEmpty()) {
            message = "The corpus " + dir + " has a damaged lock file " + lockFile + " from a program that"
                    + " crashed while opening the corpus. If no other program is using the corpus, the lock can be"
                    + " cleared.";
        } else {
            LockHolder h = holder.get();
            String fate = h.processAlive() ? "no longer holds the lock" : "is gone";
            message = "The corpus " + dir + " was left locked by " + h.describe() + ", and that process " + fate
                    + ". If no other program is using the corpus, the lock can be cleared.";
        }
        return new StaleLockException(dir, holder.orElse(null), message);
    }
}
