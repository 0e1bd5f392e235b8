package org.attest.store.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a corpus's lock file, {@code .attest/write.lock}: who holds the lock, written durably while held, and
 * the {@code released} mark its holder leaves in the removed file so that a program that opened it meanwhile retries.
 */
final class LockFile {

    /**
     * What a lock file holds once its holder has removed it. A program that opened the file just before the removal and
     * gets the lock afterwards would otherwise hold a lock on a file no longer in the folder; the marker tells it to
     * start
     * over. (Comparing inode numbers cannot tell, as file systems reuse a freed number for the next lock file at once.)
     */
    static final String RELEASED = "released\n";

    private static final int MAX_SIZE = 64 * 1024;

    // The locked byte lies far beyond the holder text: Windows locks are mandatory, and a lock on the text itself would
    // stop other programs from reading who holds it.
    private static final long LOCK_POSITION = Integer.MAX_VALUE;

    /**
     * The operating system's lock on an open lock file.
     *
     * @param lock the lock taken, or null when another process holds it or the file system has none
     * @param working false when the file system has no working locks (ENOLCK, ENOSYS): the lock file alone decides
     */
    record OsLock(java.nio.channels.FileLock lock, boolean working) {
    }

    private LockFile() {
    }

    /**
     * Tries the OS lock on the file open in {@code channel}; an OverlappingFileLockException means this JVM holds it.
     */
    static OsLock tryLock(FileChannel channel) {
        try {
            return new OsLock(channel.tryLock(LOCK_POSITION, 1, false), true);
        } catch (IOException e) {
            return new OsLock(null, false);
        }
    }

    /** Reads the content of the lock file open in {@code channel}, refusing a file far larger than a lock file. */
    static String read(FileChannel channel, Path lockFile) throws IOException {
        long size = channel.size();
        if (size > MAX_SIZE) {
            throw new IOException("The lock file " + lockFile + " is " + size + " bytes, far more than a lock"
                    + " file holds; it is not Attest's. Move it away, then retry.");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // Positional reads leave the channel position alone for the later write.
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** Writes {@code holder} into the lock file durably; on failure the file is emptied, so it names no one. */
    static void write(FileChannel channel, Path lockFile, LockHolder holder) throws IOException {
        byte[] content = holder.toFileContent().getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(content), 0);
        try {
            channel.force(true);
            AtomicFiles.syncDirectory(lockFile.getParent());
        } catch (IOException e) {
            // Not holding after all: the file must not name this process, or the next writer would think it crashed.
            channel.truncate(0);
            throw e;
        }
    }

    /** Removes the lock file, which {@code channel} has open and locked, then marks it released. */
    static void remove(Path lockFile, FileChannel channel) throws IOException {
        Files.delete(lockFile);
        // Marked after the removal, so a crash in between leaves either a lock file naming its
        // holder or no lock file at all, never a RELEASED one in the folder, which would be retried forever.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(RELEASED.getBytes(StandardCharsets.UTF_8)), 0);
        try {
            AtomicFiles.syncDirectory(lockFile.getParent());
        } catch (IOException e) {
            // If the removal is lost in a power cut, the next writer finds the file and takes it over, saying so.
        }
    }
}
