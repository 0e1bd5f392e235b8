package org.attest.store.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive write lock of a corpus folder, held from {@link #acquire} until {@link #close}.
 *
 * <p>The lock is an operating system lock on {@code <corpus>/.attest/write.lock}, so it ends
 * with its process however that process ends; the file also names its holder so that a refused
 * program can tell the user who holds it. A lock file left by a holder that died is taken over:
 * the kernel released its lock, so no one else can be writing, and {@link #previousHolder} names
 * the dead holder so that the caller can recover what it left. Only on a file system without
 * working locks (some NFS, SMB and FUSE mounts) does Attest fall back to the lock file alone; there
 * {@link #acquire} reports a lock file of a dead holder as a {@link StaleLockException} and
 * {@link #clearStale} removes it. Removing a lock file also marks the removed file
 * {@code released}, so that a program that opened it just before cannot take it for the lock.
 *
 * <p>POSIX releases all of a process's locks on a file when the process closes <em>any</em>
 * descriptor of that file, so code in the holding process must never open the lock file by
 * other means; {@link #holder} answers from memory for locks this process holds.
 */
public final class CorpusLock implements AutoCloseable {

    /** The lock file, relative to the corpus folder. */
    public static final String LOCK_FILE = ".attest/write.lock";

    private static final int ATTEMPTS = 100;

    /**
     * Keeps unclosed locks reachable: a channel that becomes garbage is closed by its cleaner,
     * which would silently release a lock whose owner forgot to close it.
     */
    private static final Set<CorpusLock> OPEN = ConcurrentHashMap.newKeySet();

    private final Path corpusDir;

    private final LockHolder holder;

    private final FileChannel channel;

    private final FileLock osLock;

    private final Optional<LockHolder> previousHolder;

    private boolean closed;

    private CorpusLock(Path corpusDir, LockHolder holder, FileChannel channel, FileLock osLock,
            Optional<LockHolder> previousHolder) {
        this.corpusDir = corpusDir;
        this.holder = holder;
        this.channel = channel;
        this.osLock = osLock;
        this.previousHolder = previousHolder;
    }

    /**
     * Names the program that held this corpus before and died without releasing it, when there was one: its
     * operation may have been interrupted.
     *
     * @return the dead holder; empty when the previous holder closed normally
     */
    public Optional<LockHolder> previousHolder() {
        return previousHolder;
    }

    /**
     * Locks {@code corpusDir} for writing by this process until {@link #close}.
     *
     * @param corpusDir the corpus folder; it must exist
     * @param purpose what is writing, such as {@code "attest import"} or {@code "Attest workbench"}
     * @return the held lock
     * @throws StaleLockException when a lock file remains from a program that ended without releasing it, on a file
     *     system without working locks
     * @throws CorpusLockedException when another program, or another part of this one, holds the lock
     * @throws IOException when the lock file cannot be created or written
     */
    public static CorpusLock acquire(Path corpusDir, String purpose) throws CorpusLockedException, IOException {
        Path dir = HeldLocks.canonical(corpusDir);
        LockHolder me = LockHolder.ofCurrentProcess(purpose);
        HeldLocks.reserve(dir, me);
        boolean acquired = false;
        try {
            Path lockFile = PathGuard.confined(dir, dir.resolve(LOCK_FILE));
            AtomicFiles.createDirectories(lockFile.getParent());
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                CorpusLock lock = tryAcquire(dir, lockFile, me);
                if (lock != null) {
                    acquired = true;
                    return lock;
                }
            }
            throw new IOException("Cannot lock the corpus " + dir + ": its lock file " + lockFile
                    + " keeps being replaced by other programs. Close the other programs using this corpus and retry.");
        } finally {
            if (!acquired) {
                HeldLocks.release(dir, me);
            }
        }
    }

    /**
     * Reads who holds, or last held, the write lock of {@code corpusDir}.
     *
     * @param corpusDir the corpus folder
     * @return the holder named in the lock file; empty when there is no lock file or it names no one
     * @throws UncheckedIOException when the lock file exists but cannot be read
     */
    public static Optional<LockHolder> holder(Path corpusDir) {
        Path dir;
        try {
            dir = HeldLocks.canonical(corpusDir);
        } catch (IOException e) {
            return Optional.empty();
        }
        LockHolder own = HeldLocks.holder(dir);
        if (own != null) {
            return Optional.of(own);
        }
        Path lockFile = dir.resolve(LOCK_FILE);
        try {
            PathGuard.confined(dir, lockFile);
            return LockHolder.parse(Files.readString(lockFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (UnsafePathException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lock file " + lockFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the lock file of {@code corpusDir} left by a program that ended without releasing it.
     *
     * @param corpusDir the corpus folder
     * @return true when a stale lock file was removed; false when there was none
     * @throws CorpusLockedException when a running program holds the lock; nothing is removed then
     * @throws IOException when the lock file cannot be removed
     */
    public static boolean clearStale(Path corpusDir) throws CorpusLockedException, IOException {
        return StaleLocks.clear(HeldLocks.canonical(corpusDir));
    }

    /**
     * Returns the locked corpus folder, in canonical form.
     *
     * @return the corpus folder
     */
    public Path corpusDir() {
        return corpusDir;
    }

    /**
     * Returns who holds this lock: this process.
     *
     * @return the holder written to the lock file
     */
    public LockHolder holder() {
        return holder;
    }

    /**
     * Releases the lock and removes its lock file; closing twice does nothing.
     *
     * @throws UncheckedIOException when the lock file cannot be removed; the OS lock is released anyway
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Path lockFile = corpusDir.resolve(LOCK_FILE);
        IOException failure = null;
        try {
            LockFile.remove(lockFile, channel);
        } catch (IOException e) {
            failure = e;
        }
        try {
            if (osLock != null) {
                osLock.release();
            }
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            HeldLocks.release(corpusDir, holder);
            OPEN.remove(this);
        }
        if (failure != null) {
            throw new UncheckedIOException("Released the write lock of " + corpusDir + " but could not remove "
                    + lockFile + " (" + failure.getMessage() + "). The next program will find the lock"
                    + " file and report the lock as stale.", failure);
        }
    }

    /** Returns the lock, or null when the opened lock file was just removed and the caller must retry. */
    private static CorpusLock tryAcquire(Path dir, Path lockFile, LockHolder me) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(lockFile.toString(), null, "Cannot open the corpus " + dir
                    + " for writing: you may not write the lock file " + lockFile
                    + ". Ask for write permission to the corpus folder, or open a copy of it.");
        }
        boolean keep = false;
        try {
            LockFile.OsLock os;
            try {
                os = LockFile.tryLock(channel);
            } catch (OverlappingFileLockException e) {
                // Only reachable when the corpus is reached through another path to the same file.
                throw LockMessages.lockedInThisJvm(dir, HeldLocks.holder(dir));
            }
            FileLock osLock = os.lock();
            boolean osLocks = os.working();
            String previous = LockFile.read(channel, lockFile);
            if (LockFile.RELEASED.equals(previous)) {
                // Its holder removed it after we opened it; the folder may have a newer lock file.
                return null;
            }
            if (osLock == null && osLocks) {
                throw LockMessages.lockedByOtherProcess(dir, LockHolder.parse(previous));
            }
            Optional<LockHolder> dead = Optional.empty();
            if (!previous.isBlank()) {
                // With the OS lock held, whoever the file names is gone: the kernel released its lock when it died.
                // Without OS locks, a name in the file may be a live holder on another machine.
                if (!osLocks) {
                    throw LockMessages.stale(dir, lockFile, LockHolder.parse(previous));
                }
                dead = LockHolder.parse(previous);
                if (dead.isEmpty()) {
                    dead = Optional.of(new LockHolder(0, "unknown host", "unknown user", java.time.Instant.EPOCH,
                            "a program that crashed while opening the corpus"));
                }
            }
            LockFile.write(channel, lockFile, me);
            keep = true;
            CorpusLock lock = new CorpusLock(dir, me, channel, osLock, dead);
            OPEN.add(lock);
            return lock;
        } finally {
            if (!keep) {
                channel.close();
            }
        }
    }
}
