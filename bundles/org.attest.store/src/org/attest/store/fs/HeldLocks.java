package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpus folders this JVM holds or is taking the write lock of, and who for: OS locks belong to the process, so
 * two parts of one JVM cannot see each other's lock through the OS and must see it here.
 */
final class HeldLocks {

    /** Locks held in this JVM by canonical corpus folder; static because OS locks are per process, not per instance. */
    private static final Map<Path, LockHolder> HELD = new ConcurrentHashMap<>();

    private HeldLocks() {
    }

    /** Notes that {@code me} takes the lock of {@code dir}, refusing when another part of this JVM holds it. */
    static void reserve(Path dir, LockHolder me) throws CorpusLockedException {
        LockHolder existing = HELD.putIfAbsent(dir, me);
        if (existing != null) {
            throw LockMessages.lockedInThisJvm(dir, existing);
        }
    }

    /** Forgets that {@code me} holds {@code dir}; does nothing when someone else holds it. */
    static void release(Path dir, LockHolder me) {
        HELD.remove(dir, me);
    }

    /** Returns who in this JVM holds {@code dir}, or null. */
    static LockHolder holder(Path dir) {
        return HELD.get(dir);
    }

    /** Returns the canonical form of an existing corpus folder, refusing a missing folder or a file. */
    static Path canonical(Path corpusDir) throws IOException {
        Path absolute = corpusDir.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new NoSuchFileException(absolute.toString(), null, "Cannot open the corpus " + absolute
                    + " for writing: the folder does not exist. Check the path.");
        }
        if (!Files.isDirectory(absolute)) {
            throw new NotDirectoryException("Cannot open the corpus " + absolute
                    + " for writing: it is a file, not a corpus folder. Give the folder that holds the corpus.");
        }
        return absolute.toRealPath();
    }
}
