package org.attest.store.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;
import org.attest.store.fs.AtomicFiles;

/**
 * What a service derived from each CAS file, kept in one file of the corpus's cache folder by the SHA-256 of the CAS
 * file's bytes, so that a file already read is not deserialized again: an edited, replaced or restored file has other
 * bytes and is read anew.
 *
 * <p>The cache file starts with its kind and version ({@code magic}), then a fingerprint of everything outside the CAS
 * the derived values depend on (such as the schema; another fingerprint makes the whole cache unusable), and ends with
 * the SHA-256 of everything before it; a cache that is damaged, truncated or of another version is not used, and
 * {@link #problem()} says why. Each entry also holds the SHA-256 of its document's text, so the same bytes under
 * another
 * document are not taken for its. The cache keeps one entry per document and annotator: the one used last.
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

    private static final int HASH_BYTES = 32;
    // the hash, then the lengths of the text hash, document, annotator and payload, one byte each at least
    private static final int MIN_ENTRY_BYTES = HASH_BYTES + 4;

    private final Path file;
    private final byte[] magic;
    private final String fingerprint;
    private final Codec<T> codec;
    // what the file on disk held when opened; entries are decoded only when used
    private final byte[] stored;
    private final Map<ByteBuffer, Stored> byHash;
    private final Map<String, Stored> byDocumentAndAnnotator;
    // entries of this run: document + annotator -> the entry to keep
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final String problem;

    private CasCache(Path file, byte[] magic, String fingerprint, Codec<T> codec, byte[] stored,
            Map<ByteBuffer, Stored> byHash,
            Map<String, Stored> byDocumentAndAnnotator, String problem) {
        this.file = file;
        this.magic = magic;
        this.fingerprint = fingerprint;
        this.codec = codec;
        this.stored = stored;
        this.byHash = byHash;
        this.byDocumentAndAnnotator = byDocumentAndAnnotator;
        this.problem = problem;
    }

    /**
     * Opens the cache {@code file} of kind and version {@code magic} (one line, changed whenever what the codec derives
     * changes) for {@code fingerprint}; a missing or unusable file gives an empty cache.
     */
    public static <T> CasCache<T> open(Path file, String magic, String fingerprint, Codec<T> codec) {
        byte[] magicBytes = (Objects.requireNonNull(magic, "magic") + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(org.attest.store.fs.PathGuard.privateFile(file));
        } catch (NoSuchFileException e) {
            return empty(file, magicBytes, fingerprint, codec, null);
        } catch (IOException e) {
            return empty(file, magicBytes, fingerprint, codec, "cannot read " + file + " (" + e.getMessage() + ")");
        }
        try {
            return read(file, magicBytes, fingerprint, codec, bytes);
        } catch (RuntimeException e) {
            return empty(file, magicBytes, fingerprint, codec, file + " is damaged (" + e.getMessage() + ")");
        }
    }

    private static <T> CasCache<T> empty(Path file, byte[] magic, String fingerprint, Codec<T> codec, String problem) {
        return new CasCache<>(file, magic, fingerprint, codec, new byte[0], Map.of(), Map.of(), problem);
    }

    private static <T> CasCache<T> read(Path file, byte[] magic, String fingerprint, Codec<T> codec, byte[] bytes) {
        if (bytes.length < magic.length + HASH_BYTES
                || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
            throw new IllegalArgumentException("not a cache of this kind and version");
        }
        int body = bytes.length - HASH_BYTES;
        if (!Arrays.equals(sha256(bytes, 0, body), 0, HASH_BYTES, bytes, body, bytes.length)) {
            throw new IllegalArgumentException("its checksum does not match its content");
        }
        Decoder in = new Decoder(bytes, magic.length, body);
        if (!fingerprint.equals(in.string())) {
            // written for another schema or settings: nothing in it can be used, which is no damage
            return empty(file, magic, fingerprint, codec, null);
        }
        int count = in.count(MIN_ENTRY_BYTES);
        Map<ByteBuffer, Stored> byHash = new HashMap<>(count * 2);
        Map<String, Stored> byKey = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            int start = in.position();
            ByteBuffer hash = ByteBuffer.wrap(in.bytes(HASH_BYTES));
            String textHash = in.string();
            String document = in.string();
            String annotator = in.string();
            int payload = in.number();
            int payloadStart = in.position();
            in.skip(payload);
            Stored entry = new Stored(hash, textHash, document, annotator, start, in.position(), payloadStart, payload);
            byHash.put(hash, entry);
            byKey.put(key(document, annotator), entry);
        }
        in.requireEnd();
        return new CasCache<>(file, magic, fingerprint, codec, bytes, byHash, byKey, null);
    }

    /** Returns why the cache file could not be used, or null when it could (or there was none). */
    public String problem() {
        return problem;
    }

    /** Returns the SHA-256 of {@code bytes}, the key of a CAS file's entry. */
    public static byte[] hash(byte[] bytes) {
        return sha256(bytes, 0, bytes.length);
    }

    /**
     * Returns what was derived from a CAS file with the SHA-256 {@code hash} of a document whose text has the SHA-256
     * {@code textHash}, or null when the cache does not know those bytes; a hit is kept for {@code document} and
     * {@code annotator}.
     */
    public T find(byte[] hash, String textHash, String document, String annotator) {
        ByteBuffer key = ByteBuffer.wrap(hash);
        Stored entry = byDocumentAndAnnotator.get(key(document, annotator));
        if (entry == null || !entry.hash().equals(key)) {
            // the same bytes may have been read for another document or annotator (two identical CASes)
            entry = byHash.get(key);
        }
        // the same bytes under another document's text would be a file copied into the wrong folder: read it
        if (entry == null || !entry.textHash().equals(textHash)) {
            return null;
        }
        T value;
        try {
            Decoder in = new Decoder(stored, entry.payloadStart(), entry.payloadStart() + entry.payloadLength());
            value = codec.decode(in);
            in.requireEnd();
        } catch (RuntimeException e) {
            // the checksum held, so this is a bug rather than damage; reading the CAS is always right
            return null;
        }
        if (entry.document().equals(document) && entry.annotator().equals(annotator)) {
            kept.put(key(document, annotator), new Kept(null, entry));
        } else {
            kept.put(key(document, annotator), new Kept(encode(hash, textHash, document, annotator, value), null));
        }
        return value;
    }

    /**
     * Keeps what was derived from a CAS file with the SHA-256 {@code hash} for {@code document} and {@code annotator}.
     */
    public void put(byte[] hash, String textHash, String document, String annotator, T value) {
        kept.put(key(document, annotator), new Kept(encode(hash, textHash, document, annotator, value), null));
    }

    /**
     * Writes the cache when this run derived a value from a file it did not know, atomically and durably; entries of
     * documents and annotators this run did not read stay as they were.
     */
    public void save() throws IOException {
        boolean changed = kept.values().stream().anyMatch(k -> k.encoded() != null);
        if (!changed) {
            return;
        }
        Map<String, Object> entries = new TreeMap<>();
        byDocumentAndAnnotator.forEach((key, entry) -> entries.put(key, entry));
        kept.forEach((key, k) -> entries.put(key, k.encoded() != null ? k.encoded() : k.stored()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, stored.length));
        out.writeBytes(magic);
        Encoder header = new Encoder();
        header.string(fingerprint);
        header.number(entries.size());
        out.writeBytes(header.toByteArray());
        for (Object entry : entries.values()) {
            if (entry instanceof Stored s) {
                out.write(stored, s.start(), s.end() - s.start());
            } else {
                out.writeBytes((byte[]) entry);
            }
        }
        byte[] body = out.toByteArray();
        out.writeBytes(sha256(body, 0, body.length));
        org.attest.store.fs.PathGuard.privateFile(file);
        AtomicFiles.createDirectories(file.getParent());
        AtomicFiles.write(file, out.toByteArray());
    }

    private static String key(String document, String annotator) {
        return document + '\u0000' + annotator;
    }

    private byte[] encode(byte[] hash, String textHash, String document, String annotator, T value) {
        Encoder payload = new Encoder();
        codec.encode(value, payload);
        Encoder entry = new Encoder();
        entry.raw(hash, HASH_BYTES);
        entry.string(textHash);
        entry.string(document);
        entry.string(annotator);
        byte[] payloadBytes = payload.toByteArray();
        entry.number(payloadBytes.length);
        entry.raw(payloadBytes, payloadBytes.length);
        return entry.toByteArray();
    }

    /**
     * Returns the fingerprint of what a CAS means under {@code schema}: every layer's name, kind and type, its label
     * feature, and its features' names and kinds, in schema order.
     */
    public static String fingerprint(Schema schema) {
        StringBuilder text = new StringBuilder("schema");
        for (Layer layer : schema.getLayers()) {
            text.append('\n').append(layer instanceof RelationLayer ? "relation " : "span ").append(layer.getName())
                    .append(' ')
                    .append(Schemas.typeName(layer)).append(" label=")
                    .append(layer.getLabelFeature() == null ? "" : layer.getLabelFeature().getName());
            for (FeatureDefinition feature : layer.getFeatures()) {
                text.append(' ').append(feature.getName()).append(':').append(feature.getKind());
            }
        }
        return fingerprint(text.toString());
    }

    /** Returns the SHA-256 of {@code text} in UTF-8 as lower-case hex, for a fingerprint. */
    public static String fingerprint(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return java.util.HexFormat.of().formatHex(sha256(bytes, 0, bytes.length));
    }

    private static byte[] sha256(byte[] bytes, int from, int to) {
        return org.attest.store.Hashes.digest(bytes, from, to);
    }

    /** An entry of the file on disk: its key fields and where its bytes and its payload lie. */
    private record Stored(ByteBuffer hash, String textHash, String document, String annotator, int start, int end,
            int payloadStart, int payloadLength) {
    }

    /** The entry to write for a document and annotator: freshly encoded bytes, or an entry of the file as it was. */
    private record Kept(byte[] encoded, Stored stored) {
    }
}
