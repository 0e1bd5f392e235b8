package org.attest.core.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive write lock of a corpus folder, held from {@link #acquire} until {@link #close}.
 *
 * <p>The lock is an operating system lock on {@code <corpus>/.attest/write.lock}, so it ends
 * with its process however that process ends; the file also names its holder so that a refused
 * program can tell the user who holds it. A lock file left by a crashed holder is not taken
 * over silently: {@link #acquire} reports it as a {@link StaleLockException} and
 * {@link #clearStale} removes it.
 *
 * <p>POSIX releases all of a process's locks on a file when the process closes <em>any</em>
 * descriptor of that file, so code in the holding process must never open the lock file by
 * other means; {@link #holder} answers from memory for locks this process holds.
 */
public final class CorpusLock implements AutoCloseable {

    /** The lock file, relative to the corpus folder. */
    public static final String LOCK_FILE = ".attest/write.lock";

    /**
     * The locked byte lies far beyond the holder text: Windows locks are mandatory, and a lock on
     * the text itself would stop other programs from reading who holds it.
     */
    private static final long LOCK_POSITION = Integer.MAX_VALUE;

    private static final int MAX_LOCK_FILE_SIZE = 64 * 1024;

    private static final int ATTEMPTS = 10;

    /**
     * Locks held in this JVM by canonical corpus folder. It must be static: OS locks belong to the
     * process, so two instances in one JVM cannot see each other through the OS.
     */
    private static final Map<Path, LockHolder> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

    /**
     * Keeps unclosed locks reachable: a channel that becomes garbage is closed by its cleaner,
     * which would silently release a lock whose owner forgot to close it.
     */
    private static final Set<CorpusLock> OPEN = ConcurrentHashMap.newKeySet();

    private final Path corpusDir;

    private final LockHolder holder;

    private final FileChannel channel;

    private final FileLock osLock;

    private boolean closed;

    private CorpusLock(Path corpusDir, LockHolder holder, FileChannel channel, FileLock osLock) {
        this.corpusDir = corpusDir;
        this.holder = holder;
        this.channel = channel;
        this.osLock = osLock;
    }

    /**
     * Locks {@code corpusDir} for writing by this process until {@link #close}.
     *
     * @param corpusDir the corpus folder; it must exist
     * @param purpose what is writing, such as {@code "attest import"} or {@code "Attest workbench"}
     * @return the held lock
     * @throws StaleLockException when a lock file remains from a program that ended without releasing it
     * @throws CorpusLockedException when another program, or another part of this one, holds the lock
     * @throws IOException when the lock file cannot be created or written
     */
    public static CorpusLock acquire(Path corpusDir, String purpose) throws CorpusLockedException, IOException {
        Path dir = canonical(corpusDir);
        LockHolder me = LockHolder.ofCurrentProcess(purpose);
        reserve(dir, me);
        boolean acquired = false;
        try {
            Path lockFile = dir.resolve(LOCK_FILE);
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
                HELD_IN_THIS_JVM.remove(dir, me);
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
            dir = canonical(corpusDir);
        } catch (IOException e) {
            return Optional.empty();
        }
        LockHolder own = HELD_IN_THIS_JVM.get(dir);
        if (own != null) {
            return Optional.of(own);
        }
        Path lockFile = dir.resolve(LOCK_FILE);
        try {
            return LockHolder.parse(Files.readString(lockFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
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
        Path dir = canonical(corpusDir);
        // Reserving keeps other threads from acquiring while the file is open here, since closing
        // it would drop their fresh OS lock.
        LockHolder me = LockHolder.ofCurrentProcess("attest unlock");
        reserve(dir, me);
        try {
            Path lockFile = dir.resolve(LOCK_FILE);
            FileChannel channel;
            Object key;
            try {
                key = fileKey(lockFile);
                channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return false;
            }
            try (channel) {
                FileLock osLock = channel.tryLock(LOCK_POSITION, 1, false);
                if (osLock == null) {
                    throw LockMessages.lockedByOtherProcess(dir, LockHolder.parse(read(channel, lockFile)));
                }
                if (!Objects.equals(key, fileKey(lockFile))) {
                    // Its holder closed normally meanwhile and removed it.
                    return false;
                }
                Files.delete(lockFile);
                AtomicFiles.syncDirectory(lockFile.getParent());
                return true;
            }
        } finally {
            HELD_IN_THIS_JVM.remove(dir, me);
        }
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
            // Removed while still locked: a program that opened the file meanwhile then sees, once
            // it gets the lock, that the path no longer names its file, and starts over.
            Files.deleteIfExists(lockFile);
            AtomicFiles.syncDirectory(lockFile.getParent());
        } catch (IOException e) {
            failure = e;
        }
        try {
            osLock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            HELD_IN_THIS_JVM.remove(corpusDir, holder);
            OPEN.remove(this);
        }
        if (failure != null) {
            throw new UncheckedIOException("Released the write lock of " + corpusDir + " but could not remove "
                    + lockFile + " (" + failure.getMessage() + "). The next program will report a stale lock;"
                    + " clear it with: attest unlock " + corpusDir, failure);
        }
    }

    /** Returns the lock, or null when the lock file changed under us and the caller must retry. */
    private static CorpusLock tryAcquire(Path dir, Path lockFile, LockHolder me) throws IOException {
        Object keyBefore = fileKey(lockFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(lockFile.toString(), null, "Cannot open the corpus " + dir
                    + " for writing: you may not write the lock file " + lockFile
                    + ". Ask for write permission to the corpus folder, or open a copy of it.");
        }
        boolean keep = false;
        try {
            Object keyOpened = fileKey(lockFile);
            FileLock osLock;
            try {
                osLock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                // Only reachable when the corpus is reached through another path to the same file.
                throw LockMessages.lockedInThisJvm(dir, HELD_IN_THIS_JVM.get(dir));
            }
            if (osLock == null) {
                throw LockMessages.lockedByOtherProcess(dir, LockHolder.parse(read(channel, lockFile)));
            }
            // The file we locked must still be the one the path names: a holder that closed
            // removed it before releasing, and locking a removed file would lock nothing.
            // Without file keys (Windows) an open file cannot be removed, so the check is moot.
            // The stat before and after opening brackets the open, so an unchanged key is the key
            // of the opened file.
            if (keyOpened != null && !(keyOpened.equals(keyBefore) && keyOpened.equals(fileKey(lockFile)))) {
                return null;
            }
            String previous = read(channel, lockFile);
            if (!previous.isBlank()) {
                throw LockMessages.stale(dir, lockFile, LockHolder.parse(previous));
            }
            byte[] content = me.toFileContent().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content), 0);
            channel.force(true);
            AtomicFiles.syncDirectory(lockFile.getParent());
            keep = true;
            CorpusLock lock = new CorpusLock(dir, me, channel, osLock);
            OPEN.add(lock);
            return lock;
        } finally {
            if (!keep) {
                channel.close();
            }
        }
    }

    private static void reserve(Path dir, LockHolder me) throws CorpusLockedException {
        LockHolder existing = HELD_IN_THIS_JVM.putIfAbsent(dir, me);
        if (existing != null) {
            throw LockMessages.lockedInThisJvm(dir, existing);
        }
    }

    private static Path canonical(Path corpusDir) throws IOException {
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

    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return "missing";
        }
    }

    private static String read(FileChannel channel, Path lockFile) throws IOException {
        long size = channel.size();
        if (size > MAX_LOCK_FILE_SIZE) {
            throw new IOException("The lock file " + lockFile + " is " + size + " bytes, far more than a lock"
                    + " file holds; it is not Attest's. Move it away, then retry.");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // Positional reads leave the channel position alone for the later write.
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }
}
