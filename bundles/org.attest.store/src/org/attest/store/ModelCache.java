package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;
import org.attest.store.fs.AtomicFiles;

/**
 * What opening a corpus parsed from each model part file, kept in {@code .attest/cache/model.bin} with the file's
 * identity (file key, size, modification time), so the next open parses only the files that changed; for folders
 * whose files only ever change by rename (the registry), an unchanged folder vouches for all of them. A damaged or
 * missing cache only costs the parsing; deleting it is always safe. Parts may be looked up and added from several
 * threads at once.
 */
final class ModelCache {

    private static final byte[] MAGIC = {'A', 'T', 'M', 'C', 0, 0, 0, 1};

    /** The identity of a file: where it lives on disk, its size and its modification time. */
    record Stamp(String key, long size, long modified) {

        static Stamp of(BasicFileAttributes a) {
            return new Stamp(String.valueOf(a.fileKey()), a.size(),
                    a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        }
    }

    private record Entry(Stamp stamp, byte[] payload) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Entry> seen = new HashMap<>();
    private boolean changed;

    private ModelCache(Path file) {
        this.file = file;
    }

    /** Reads the cache at {@code file}; a missing, foreign or damaged one reads as empty. */
    static ModelCache read(Path file) {
        ModelCache cache = new ModelCache(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(org.attest.store.fs.PathGuard.privateFile(file));
        } catch (NoSuchFileException e) {
            return cache;
        } catch (IOException e) {
            return cache;
        }
        int body = bytes.length - 32;
        if (body < MAGIC.length || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !java.util.Arrays.equals(bytes, body, bytes.length, Hashes.digest(bytes, 0, body), 0, 32)) {
            cache.changed = true;
            return cache;
        }
        try {
            Decoder in = new Decoder(bytes, MAGIC.length, body);
            for (int n = in.number(); n > 0; n--) {
                String path = in.string();
                Stamp stamp = new Stamp(in.string(), in.bits(), in.bits());
                cache.entries.put(path, new Entry(stamp, in.bytes(in.number())));
            }
        } catch (IllegalArgumentException e) {
            cache.entries.clear();
            cache.changed = true;
        }
        return cache;
    }

    /** Returns the payload cached for {@code path} when {@code stamp} is the file's identity, else null. */
    synchronized byte[] payload(String path, Stamp stamp) {
        Entry entry = entries.get(path);
        if (entry != null && entry.stamp().equals(stamp)) {
            seen.put(path, entry);
            return entry.payload();
        }
        return null;
    }

    /** Remembers {@code payload} for {@code path} as it is at {@code stamp}. */
    synchronized void put(String path, Stamp stamp, byte[] payload) {
        Entry entry = new Entry(stamp, payload);
        seen.put(path, entry);
        changed = true;
    }

    /** Writes the entries used by this open (dropping those of files that are gone), when any changed. */
    synchronized void save() {
        if (!changed && seen.size() == entries.size()) {
            return;
        }
        Encoder out = new Encoder();
        out.raw(MAGIC, MAGIC.length);
        out.number(seen.size());
        for (Map.Entry<String, Entry> e : seen.entrySet()) {
            out.string(e.getKey());
            out.string(e.getValue().stamp().key());
            out.bits(e.getValue().stamp().size());
            out.bits(e.getValue().stamp().modified());
            out.number(e.getValue().payload().length);
            out.raw(e.getValue().payload(), e.getValue().payload().length);
        }
        byte[] body = out.toByteArray();
        try {
            org.attest.store.fs.PathGuard.privateFile(file);
            AtomicFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, stream -> {
                stream.write(body);
                stream.write(Hashes.digest(body, 0, body.length));
            });
        } catch (IOException e) {
            // a cache that cannot be written only costs the next open its parsing
        }
    }

    /** Returns the identity of {@code file}, or null when it is not a regular file. */
    static Stamp stamp(Path file) {
        try {
            // no exception made for a file that is not there: a corpus may ask this of a hundred thousand files
            BasicFileAttributes a = file.getFileSystem().provider().readAttributesIfExists(file,
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a != null && a.isRegularFile() ? Stamp.of(a) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
