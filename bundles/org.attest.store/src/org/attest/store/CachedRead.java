package org.attest.store;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;

/**
 * A CAS file of a corpus looked up in a {@link CasCache}: the value the cache keeps for it while the file is unchanged,
 * known by its stamp (the file not even opened) or else by the hash of its bytes; otherwise the bytes and their hash,
 * from which the caller derives the value and {@link #keep}s it for the next run.
 *
 * @param <V> what a caller derives from a CAS file
 */
public final class CachedRead<V> {

    private final CasCache<V> cache;
    private final FileStamp stamp;
    private final String textHash;
    private final String document;
    private final String annotator;
    private final V value;
    private final byte[] bytes;
    private final byte[] hash;

    private CachedRead(CasCache<V> cache, FileStamp stamp, String textHash, String document, String annotator, V value,
            byte[] bytes, byte[] hash) {
        this.cache = cache;
        this.stamp = stamp;
        this.textHash = textHash;
        this.document = document;
        this.annotator = annotator;
        this.value = value;
        this.bytes = bytes;
        this.hash = hash;
    }

    /**
     * Looks up {@code file}, {@code annotator}'s CAS file of {@code document} in {@code store}: by {@code stamp} first
     * (null when it has none), then by the hash of the file's bytes; a kept value that {@code usable} refuses (one
     * written for another schema's layers, say) counts as none.
     *
     * @throws CorpusException naming the file when it has to be read and cannot be
     */
    public static <V> CachedRead<V> of(CorpusStore store, CasCache<V> cache, Path file, FileStamp stamp,
            String textHash, String document, String annotator, Predicate<? super V> usable) throws CorpusException {
        V known = cache.findUnchanged(stamp, textHash, document, annotator);
        if (known != null && usable.test(known)) {
            return new CachedRead<>(cache, stamp, textHash, document, annotator, known, null, null);
        }
        byte[] bytes = store.readBytes(file);
        byte[] hash = CasCache.hash(bytes);
        known = cache.find(hash, stamp, textHash, document, annotator);
        return new CachedRead<>(cache, stamp, textHash, document, annotator,
                known != null && usable.test(known) ? known : null, bytes, hash);
    }

    /** Returns the value the cache kept for the file, or null when the caller has to derive it from {@link #bytes}. */
    public V value() {
        return value;
    }

    /** Tells whether the file was read, which it is not when the cache knew it by its stamp. */
    public boolean opened() {
        return bytes != null;
    }

    /** Returns the file's bytes, or null when it was not read. */
    public byte[] bytes() {
        return bytes;
    }

    /** Returns the SHA-256 of the file's bytes, or null when it was not read. */
    public byte[] hash() {
        return hash;
    }

    /** Keeps {@code derived}, what the caller made of {@link #bytes}, in the cache for the file, and returns it. */
    public V keep(V derived) {
        if (bytes == null) {
            throw new IllegalStateException("the file was not read: the cache already knows it");
        }
        cache.put(hash, stamp, textHash, document, annotator, derived);
        return derived;
    }
}
