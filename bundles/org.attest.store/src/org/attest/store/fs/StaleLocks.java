package org.attest.store.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Clears the lock file a program left when it ended without releasing the write lock of a corpus. */
final class StaleLocks {

    /** The purpose this process names while it clears a lock file. */
    static final String CLEARING = "clearing a stale lock";

    private StaleLocks() {
    }

    /** Removes the stale lock file of the canonical corpus folder {@code dir}; false when there is none. */
    static boolean clear(Path dir) throws CorpusLockedException, IOException {
        // Reserving keeps other threads from acquiring while the file is open here, since closing
        // it would drop their fresh OS lock.
        LockHolder me = LockHolder.ofCurrentProcess(CLEARING);
        HeldLocks.reserve(dir, me);
        try {
            Path lockFile = PathGuard.confined(dir, dir.resolve(CorpusLock.LOCK_FILE));
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return false;
            }
            try (channel) {
                LockFile.OsLock os = LockFile.tryLock(channel);
                FileLock osLock = os.lock();
                boolean osLocks = os.working();
                String content = LockFile.read(channel, lockFile);
                if (LockFile.RELEASED.equals(content)) {
                    // Its holder closed normally meanwhile and removed it.
                    return false;
                }
                Optional<LockHolder> named = LockHolder.parse(content);
                // Without OS locks, only a holder seen running on this machine can be told apart from a dead one.
                if (osLocks ? osLock == null : named.isPresent() && named.get().processAlive()) {
                    throw LockMessages.lockedByOtherProcess(dir, named);
                }
                LockFile.remove(lockFile, channel);
                return true;
            }
        } finally {
            HeldLocks.release(dir, me);
        }
    }
}
