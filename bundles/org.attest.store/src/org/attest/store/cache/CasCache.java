package org.attest.store.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.FileStamp;

/**
 * What a service derived from each CAS file, kept in one file of the corpus's cache folder by the SHA-256 of the CAS
 * file's bytes, so that a file already read is not deserialized again: an edited, replaced or restored file has other
 * bytes and is read anew.
 *
 * <p>The cache file starts with its kind and version ({@code magic}), then a fingerprint of everything outside the CAS
 * the derived values depend on (such as the schema; another fingerprint makes the whole cache unusable), and ends with
 * the SHA-256 of everything before it; a cache that is damaged or truncated is not used, and {@link #problem()} says
 * why (one of another version is not used either, silently). Each entry also holds the SHA-256 of its document's text,
 * so the same bytes under another document are not taken for its. The cache keeps one entry per document and
 * annotator: the one used last.
 *
 * <p>An entry also keeps the {@link FileStamp} its CAS file had when it was read, when the file had one: while the
 * file's stamp stays the same, {@link #findUnchanged} answers without the file being read and hashed at all.
 *
 * <p>The file is not held in memory: opening it checks and indexes it in a pass over the file, an entry is read from
 * the file when it is found, and {@link #save()} streams the new file; only the index (keys and places) is kept. The
 * file stays open until {@link #save()}, which ends the cache's use (it finds nothing after).
 *
 * @param <T> what is derived from a CAS file
 */
public final class CasCache<T> {

    /** Turns a derived value into bytes and back; decoding what encoding wrote gives an equal value. */
    public interface Codec<T> {

        /** Appends {@code value} to {@code out}. */
        void encode(T value, Encoder out);

        /** Reads a value {@link #encode} wrote, failing on anything else. */
        T decode(Decoder in);
    }

    // the layout of the entries, added to each kind's magic line: entries with a file stamp since the second
    private static final String ENTRIES = "; entries 2";

    private final Path file;
    private final byte[] magic;
    private final String fingerprint;
    private final Codec<T> codec;
    // the file on disk as it was when opened (an open file keeps its content when a new one replaces it), or null;
    // entries are read and decoded only when used
    private final FileChannel stored;
    // the entries by the hash of their CAS file, made when first needed: only a file whose stamp changed is looked for
    // by its hash, and a run that finds every file unchanged saves the map (some 17 MB at 400,000 entries)
    private Map<CacheIndex.Hash, CacheIndex.Stored> byHash;
    private final Map<CacheIndex.Key, CacheIndex.Stored> byDocumentAndAnnotator;
    // the entries this run encoded anew, by document and annotator: their bytes, or where they lie in the scratch file;
    // an entry found unchanged is not listed, since the file keeps every entry this run did not encode (at 100,000
    // documents, 300,000 such would hold some 24 MB)
    private final Map<CacheIndex.Key, Object> kept = new ConcurrentHashMap<>();
    // entries encoded in this run go to a scratch file beside the cache as they come, not into memory; deleted on save
    private final CacheScratch scratch;
    private final String problem;

    private CasCache(Path file, byte[] magic, String fingerprint, Codec<T> codec, FileChannel stored,
            Map<CacheIndex.Key, CacheIndex.Stored> byDocumentAndAnnotator, String problem) {
        this.file = file;
        this.magic = magic;
        this.fingerprint = fingerprint;
        this.codec = codec;
        this.stored = stored;
        this.byDocumentAndAnnotator = byDocumentAndAnnotator;
        this.problem = problem;
        this.scratch = new CacheScratch(file);
    }

    /**
     * Opens the cache {@code file} of kind and version {@code magic} (one line, changed whenever what the codec derives
     * changes) for {@code fingerprint}; a missing or unusable file gives an empty cache.
     */
    public static <T> CasCache<T> open(Path file, String magic, String fingerprint, Codec<T> codec) {
        byte[] magicBytes = (Objects.requireNonNull(magic, "magic") + ENTRIES + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        FileChannel channel;
        try {
            channel = FileChannel.open(org.attest.store.fs.PathGuard.privateFile(file), StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return empty(file, magicBytes, fingerprint, codec, null);
        } catch (IOException e) {
            return empty(file, magicBytes, fingerprint, codec, "cannot read " + file + " (" + e.getMessage() + ")");
        }
        try {
            CasCache<T> cache = read(file, magicBytes, fingerprint, codec, channel);
            if (cache.stored != channel) {
                channel.close();
            }
            return cache;
        } catch (IOException e) {
            CacheIndex.closeQuietly(channel);
            return empty(file, magicBytes, fingerprint, codec, "cannot read " + file + " (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            CacheIndex.closeQuietly(channel);
            return empty(file, magicBytes, fingerprint, codec, file + " is damaged (" + e.getMessage() + ")");
        }
    }

    private static <T> CasCache<T> empty(Path file, byte[] magic, String fingerprint, Codec<T> codec, String problem) {
        return new CasCache<>(file, magic, fingerprint, codec, null, Map.of(), problem);
    }

    private static <T> CasCache<T> read(Path file, byte[] magic, String fingerprint, Codec<T> codec,
            FileChannel channel) throws IOException {
        CacheIndex.Index index = CacheIndex.read(channel, magic, fingerprint);
        if (index == null) {
            // written for another schema or settings: nothing in it can be used, which is no damage
            return empty(file, magic, fingerprint, codec, null);
        }
        return new CasCache<>(file, magic, fingerprint, codec, channel, index.byKey(), null);
    }

    /** Returns why the cache file could not be used, or null when it could (or there was none). */
    public String problem() {
        return problem;
    }

    /** Returns the SHA-256 of {@code bytes}, the key of a CAS file's entry. */
    public static byte[] hash(byte[] bytes) {
        return org.attest.store.Hashes.digest(bytes, 0, bytes.length);
    }

    /**
     * Returns what was derived from the CAS file of {@code document} and {@code annotator} when the file's stamp is
     * {@code stamp}, the one the cache keeps with it, without reading the file; null when {@code stamp} is null, the
     * file has changed since, or the cache does not know it (the caller then reads the file and calls
     * {@link #find(byte[], FileStamp, String, String, String)}).
     */
    public T findUnchanged(FileStamp stamp, String textHash, String document, String annotator) {
        CacheIndex.Stored entry = unchanged(stamp, textHash, document, annotator);
        return entry == null ? null : decode(entry);
    }

    /**
     * Returns the SHA-256 of the CAS file of {@code document} and {@code annotator} when the file's stamp is
     * {@code stamp}, the one the cache keeps with it, without reading the file; null otherwise.
     */
    public byte[] hashUnchanged(FileStamp stamp, String textHash, String document, String annotator) {
        CacheIndex.Stored entry = unchanged(stamp, textHash, document, annotator);
        return entry == null ? null : entry.hash().bytes();
    }

    // the entry of document and annotator when it was kept with stamp and textHash, else null
    private CacheIndex.Stored unchanged(FileStamp stamp, String textHash, String document, String annotator) {
        CacheIndex.Stored entry = stamp == null
                ? null
                : byDocumentAndAnnotator.get(new CacheIndex.Key(document, annotator));
        return entry == null || !stamp.equals(entry.stamp()) || !entry.textHash().equals(textHash) ? null : entry;
    }

    /**
     * Returns what was derived from a CAS file with the SHA-256 {@code hash} of a document whose text has the SHA-256
     * {@code textHash}, or null when the cache does not know those bytes; a hit is kept for {@code document} and
     * {@code annotator}, with {@code stamp}, the file's stamp taken before its bytes were read (or null).
     */
    public T find(byte[] hash, FileStamp stamp, String textHash, String document, String annotator) {
        CacheIndex.Hash key = CacheIndex.Hash.of(hash);
        CacheIndex.Stored entry = byDocumentAndAnnotator.get(new CacheIndex.Key(document, annotator));
        if (entry == null || !entry.hash().equals(key)) {
            // the same bytes may have been read for another document or annotator (two identical CASes)
            entry = byHash().get(key);
        }
        // the same bytes under another document's text would be a file copied into the wrong folder: read it
        if (entry == null || !entry.textHash().equals(textHash)) {
            return null;
        }
        T value = decode(entry);
        if (value == null) {
            return null;
        }
        // kept as it is unless it was found under another document or annotator, or with another stamp
        if (!entry.document().equals(document) || !entry.annotator().equals(annotator)
                || stamp != null && !stamp.equals(entry.stamp())) {
            kept.put(new CacheIndex.Key(document, annotator),
                    scratch.spill(encode(hash, stamp, textHash, document, annotator, value)));
        }
        return value;
    }

    private synchronized Map<CacheIndex.Hash, CacheIndex.Stored> byHash() {
        if (byHash == null) {
            byHash = new java.util.HashMap<>();
            byDocumentAndAnnotator.values().forEach(entry -> byHash.put(entry.hash(), entry));
        }
        return byHash;
    }

    private T decode(CacheIndex.Stored entry) {
        try {
            byte[] payload = CacheIndex.read(stored, entry.payloadStart(), entry.payloadLength());
            Decoder in = new Decoder(payload, 0, payload.length);
            T value = codec.decode(in);
            in.requireEnd();
            return value;
        } catch (IOException | RuntimeException e) {
            // the checksum held, so this is a bug or the file was closed (saved, or its reader interrupted) rather
            // than damage; reading the CAS is always right
            return null;
        }
    }

    /**
     * Keeps what was derived from a CAS file with the SHA-256 {@code hash} and the stamp {@code stamp} (taken before
     * its bytes were read, or null) for {@code document} and {@code annotator}.
     */
    public void put(byte[] hash, FileStamp stamp, String textHash, String document, String annotator, T value) {
        kept.put(new CacheIndex.Key(document, annotator),
                scratch.spill(encode(hash, stamp, textHash, document, annotator, value)));
    }

    /**
     * Writes the cache when this run derived a value from a file it did not know, atomically and durably, streaming it
     * to the file; entries of documents and annotators this run did not read stay as they were. The cache finds
     * nothing after: its file is closed.
     */
    public void save() throws IOException {
        try {
            if (!kept.isEmpty()) {
                write();
            }
        } finally {
            if (stored != null) {
                CacheIndex.closeQuietly(stored);
            }
            scratch.close();
        }
    }

    private void write() throws IOException {
        Map<CacheIndex.Key, Object> entries = new TreeMap<>();
        byDocumentAndAnnotator.forEach((key, entry) -> entries.put(key, entry));
        entries.putAll(kept);
        org.attest.store.fs.PathGuard.privateFile(file);
        AtomicFiles.createDirectories(file.getParent());
        AtomicFiles.write(file, raw -> {
            BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            MessageDigest digest = CacheIndex.sha256();
            OutputStream out = new DigestOutputStream(buffered, digest);
            out.write(magic);
            Encoder header = new Encoder();
            header.string(fingerprint);
            header.number(entries.size());
            out.write(header.toByteArray());
            ByteBuffer copy = ByteBuffer.allocate(1 << 16);
            for (Object entry : entries.values()) {
                if (entry instanceof CacheIndex.Stored s) {
                    CacheIndex.copy(stored, s.start(), s.end(), copy, out, file);
                } else if (entry instanceof CacheScratch.Spilled s) {
                    scratch.copy(s, copy, out);
                } else {
                    out.write((byte[]) entry);
                }
            }
            out.flush();
            // the checksum of everything before it, itself not digested
            buffered.write(digest.digest());
            buffered.flush();
        });
    }

    private byte[] encode(byte[] hash, FileStamp stamp, String textHash, String document, String annotator,
            T value) {
        Encoder payload = new Encoder();
        codec.encode(value, payload);
        return CacheIndex.entry(hash, stamp == null ? "" : stamp.text(), textHash, document, annotator,
                payload.toByteArray());
    }
}
