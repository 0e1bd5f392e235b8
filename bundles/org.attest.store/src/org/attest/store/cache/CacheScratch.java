package org.attest.store.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.PathGuard;

/**
 * The scratch file beside a {@link CasCache}'s file where the entries encoded in a run wait for the save, so that they
 * are not held in memory; it is deleted when closed. Without a scratch file (a read-only disk, say) the entries stay in
 * memory, as a small cache's would.
 */
final class CacheScratch {

    /** Where an entry lies in the scratch file. */
    record Spilled(long offset, int length) {
    }

    private final Path cacheFile;
    private FileChannel channel;
    private long size;
    private boolean off;

    /** Creates the scratch of {@code cacheFile}; its file is made when the first entry comes. */
    CacheScratch(Path cacheFile) {
        this.cacheFile = cacheFile;
    }

    /**
     * Appends an encoded entry to the scratch file and returns where it lies there ({@link Spilled}), or returns the
     * bytes themselves when no scratch file can be written.
     */
    synchronized Object spill(byte[] entry) {
        if (off) {
            return entry;
        }
        try {
            if (channel == null) {
                PathGuard.privateFile(cacheFile);
                AtomicFiles.createDirectories(cacheFile.getParent());
                Path path = cacheFile.resolveSibling(
                        cacheFile.getFileName() + "." + java.util.UUID.randomUUID() + ".entries");
                channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE, LinkOption.NOFOLLOW_LINKS);
            }
            ByteBuffer buffer = ByteBuffer.wrap(entry);
            while (buffer.hasRemaining()) {
                channel.write(buffer, size + buffer.position());
            }
            Spilled spilled = new Spilled(size, entry.length);
            size += entry.length;
            return spilled;
        } catch (IOException | RuntimeException e) {
            // the entries are kept in memory instead; the cache is right either way
            off = true;
            return entry;
        }
    }

    /** Copies the entry {@code spilled} to {@code out} through {@code buffer}. */
    void copy(Spilled spilled, ByteBuffer buffer, OutputStream out) throws IOException {
        CacheIndex.copy(channel, spilled.offset(), spilled.offset() + spilled.length(), buffer, out, cacheFile);
    }

    /** Closes and so deletes the scratch file; later entries stay in memory. */
    synchronized void close() {
        if (channel != null) {
            CacheIndex.closeQuietly(channel);
        }
        off = true;
    }
}
