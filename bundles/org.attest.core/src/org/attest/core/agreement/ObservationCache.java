package org.attest.core.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.attest.core.fs.AtomicFiles;
import org.attest.diff.Observation;
import org.attest.diff.Position;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;

/**
 * What agreement read from each CAS file, kept by the SHA-256 of the file's bytes in {@code .attest/cache}, so that a
 * file already read is not deserialized again: an edited, replaced or restored file has other bytes and is read anew.
 *
 * <p>The cache file holds the schema's fingerprint (another schema makes the whole cache unusable) and ends with the
 * SHA-256 of everything before it; a cache that is damaged, truncated or made for another schema is not used, and
 * agreement says so and reads the CASes. The cache keeps one entry per document and annotator: the one used last.
 */
final class ObservationCache {

    /** The cache's file name in the corpus's cache folder. */
    static final String FILE_NAME = "observations.bin";

    // the version in it must change whenever what CasDiff observes of a CAS changes, so no older entry is used
    private static final byte[] MAGIC = "ATTEST-OBSERVATIONS-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = 32;

    private final Path file;
    private final Schema schema;
    private final String fingerprint;
    // what the file on disk held when opened; entries are decoded only when used
    private final byte[] stored;
    private final Map<ByteBuffer, Stored> byHash;
    private final Map<String, Stored> byDocumentAndAnnotator;
    // entries of this run: document + annotator -> the entry to keep
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final String problem;

    private ObservationCache(Path file, Schema schema, String fingerprint, byte[] stored, Map<ByteBuffer, Stored> byHash,
            Map<String, Stored> byDocumentAndAnnotator, String problem) {
        this.file = file;
        this.schema = schema;
        this.fingerprint = fingerprint;
        this.stored = stored;
        this.byHash = byHash;
        this.byDocumentAndAnnotator = byDocumentAndAnnotator;
        this.problem = problem;
    }

    /** Opens the cache in {@code folder} for {@code schema}; a missing or unusable file gives an empty cache. */
    static ObservationCache open(Path folder, Schema schema) {
        Path file = folder.resolve(FILE_NAME);
        String fingerprint = fingerprint(schema);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty(file, schema, fingerprint, null);
        } catch (IOException e) {
            return empty(file, schema, fingerprint, "cannot read " + file + " (" + e.getMessage() + ")");
        }
        try {
            return read(file, schema, fingerprint, bytes);
        } catch (RuntimeException e) {
            return empty(file, schema, fingerprint, file + " is damaged (" + e.getMessage() + ")");
        }
    }

    private static ObservationCache empty(Path file, Schema schema, String fingerprint, String problem) {
        return new ObservationCache(file, schema, fingerprint, new byte[0], Map.of(), Map.of(), problem);
    }

    private static ObservationCache read(Path file, Schema schema, String fingerprint, byte[] bytes) {
        if (bytes.length < MAGIC.length + HASH_BYTES || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException("not an observation cache of this version");
        }
        int body = bytes.length - HASH_BYTES;
        if (!Arrays.equals(sha256(bytes, 0, body), 0, HASH_BYTES, bytes, body, bytes.length)) {
            throw new IllegalArgumentException("its checksum does not match its content");
        }
        Decoder in = new Decoder(bytes, MAGIC.length, body);
        if (!fingerprint.equals(in.string())) {
            // written for another schema: nothing in it can be used, which is no damage
            return empty(file, schema, fingerprint, null);
        }
        int count = in.number();
        Map<ByteBuffer, Stored> byHash = new HashMap<>(count * 2);
        Map<String, Stored> byKey = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            int start = in.position;
            ByteBuffer hash = ByteBuffer.wrap(in.bytes(HASH_BYTES));
            String textHash = in.string();
            String document = in.string();
            String annotator = in.string();
            int payload = in.number();
            int payloadStart = in.position;
            in.skip(payload);
            Stored entry = new Stored(hash, textHash, document, annotator, start, in.position, payloadStart, payload);
            byHash.put(hash, entry);
            byKey.put(key(document, annotator), entry);
        }
        if (in.position != body) {
            throw new IllegalArgumentException((body - in.position) + " byte(s) follow the last entry");
        }
        return new ObservationCache(file, schema, fingerprint, bytes, byHash, byKey, null);
    }

    /** Returns why the cache file could not be used, or null when it could (or there was none). */
    String problem() {
        return problem;
    }

    /** Returns the SHA-256 of {@code bytes}, the key of a CAS file's entry. */
    static byte[] hash(byte[] bytes) {
        return sha256(bytes, 0, bytes.length);
    }

    /**
     * Returns what was read from a CAS file with the SHA-256 {@code hash} of a document whose text has the SHA-256
     * {@code textHash}, or null when the cache does not know those bytes; a hit is kept for {@code document} and
     * {@code annotator}.
     */
    Observed find(byte[] hash, String textHash, String document, String annotator) {
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
        Observed observed;
        try {
            observed = decode(new Decoder(stored, entry.payloadStart(), entry.payloadStart() + entry.payloadLength()));
        } catch (RuntimeException e) {
            // the checksum held, so this is a bug rather than damage; reading the CAS is always right
            return null;
        }
        if (entry.document().equals(document) && entry.annotator().equals(annotator)) {
            kept.put(key(document, annotator), new Kept(null, entry));
        } else {
            kept.put(key(document, annotator), new Kept(encode(hash, textHash, document, annotator, observed), null));
        }
        return observed;
    }

    /** Keeps what was read from a CAS file with the SHA-256 {@code hash} for {@code document} and {@code annotator}. */
    void put(byte[] hash, String textHash, String document, String annotator, Observed observed) {
        kept.put(key(document, annotator), new Kept(encode(hash, textHash, document, annotator, observed), null));
    }

    /**
     * Writes the cache when this run read a file it did not know, atomically and durably; entries of documents and
     * annotators this run did not read stay as they were.
     */
    void save() throws IOException {
        boolean changed = kept.values().stream().anyMatch(k -> k.encoded() != null);
        if (!changed) {
            return;
        }
        Map<String, Object> entries = new TreeMap<>();
        byDocumentAndAnnotator.forEach((key, entry) -> entries.put(key, entry));
        kept.forEach((key, k) -> entries.put(key, k.encoded() != null ? k.encoded() : k.stored()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, stored.length));
        out.writeBytes(MAGIC);
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
        AtomicFiles.createDirectories(file.getParent());
        AtomicFiles.write(file, out.toByteArray());
    }

    private static String key(String document, String annotator) {
        return document + '\u0000' + annotator;
    }

    private byte[] encode(byte[] hash, String textHash, String document, String annotator, Observed observed) {
        Encoder payload = new Encoder();
        payload.number(observed.length());
        // strings once per entry: labels and feature values repeat within a document
        Map<String, Integer> strings = new LinkedHashMap<>();
        Encoder items = new Encoder();
        List<Layer> layers = schema.getLayers();
        for (Layer layer : layers) {
            List<Observation> observations = observed.layer(layer.getName());
            items.number(observations.size());
            for (Observation o : observations) {
                Position p = o.position();
                items.number(p.begin());
                items.number(p.end() - p.begin());
                if (p.isRelation()) {
                    items.number(p.toBegin());
                    items.number(p.toEnd() - p.toBegin());
                }
                items.number(index(strings, o.label()));
                items.number(o.features().size());
                o.features().forEach((name, value) -> {
                    items.number(index(strings, name));
                    items.number(index(strings, value));
                });
            }
        }
        payload.number(strings.size());
        strings.keySet().forEach(payload::string);
        byte[] itemBytes = items.toByteArray();
        payload.raw(itemBytes, itemBytes.length);
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

    private static int index(Map<String, Integer> strings, String value) {
        return strings.computeIfAbsent(value, v -> strings.size());
    }

    private Observed decode(Decoder in) {
        int length = in.number();
        String[] strings = new String[in.number()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.string();
        }
        Map<String, List<Observation>> layers = new LinkedHashMap<>();
        for (Layer layer : schema.getLayers()) {
            boolean relation = layer instanceof RelationLayer;
            int count = in.number();
            List<Observation> observations = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int begin = in.number();
                int end = begin + in.number();
                Position position;
                if (relation) {
                    int toBegin = in.number();
                    position = Position.relation(layer.getName(), begin, end, toBegin, toBegin + in.number());
                } else {
                    position = Position.span(layer.getName(), begin, end);
                }
                String label = strings[in.number()];
                int features = in.number();
                SortedMap<String, String> values = new TreeMap<>();
                for (int f = 0; f < features; f++) {
                    values.put(strings[in.number()], strings[in.number()]);
                }
                observations.add(new Observation(position, label, values));
            }
            layers.put(layer.getName(), List.copyOf(observations));
        }
        if (in.position != in.limit) {
            throw new IllegalStateException("an entry has " + (in.limit - in.position) + " unread byte(s)");
        }
        return new Observed(length, layers);
    }

    /** What the diff reads of a schema: every layer's name, kind and type, and its features' names and kinds. */
    static String fingerprint(Schema schema) {
        StringBuilder text = new StringBuilder("schema");
        for (Layer layer : schema.getLayers()) {
            text.append('\n').append(layer instanceof RelationLayer ? "relation " : "span ").append(layer.getName()).append(' ')
                    .append(Schemas.typeName(layer)).append(" label=")
                    .append(layer.getLabelFeature() == null ? "" : layer.getLabelFeature().getName());
            for (FeatureDefinition feature : layer.getFeatures()) {
                text.append(' ').append(feature.getName()).append(':').append(feature.getKind());
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.HexFormat.of().formatHex(sha256(bytes, 0, bytes.length));
    }

    private static byte[] sha256(byte[] bytes, int from, int to) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, from, to - from);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An entry of the file on disk: its key fields and where its bytes and its payload lie. */
    private record Stored(ByteBuffer hash, String textHash, String document, String annotator, int start, int end,
            int payloadStart, int payloadLength) {
    }

    /** The entry to write for a document and annotator: freshly encoded bytes, or an entry of the file as it was. */
    private record Kept(byte[] encoded, Stored stored) {
    }

    /** Unsigned variable-length numbers and UTF-8 strings. */
    private static final class Encoder {

        private byte[] bytes = new byte[256];
        private int size;

        void number(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("cannot encode the negative number " + value);
            }
            ensure(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            raw(utf8, utf8.length);
        }

        void raw(byte[] value, int length) {
            ensure(length);
            System.arraycopy(value, 0, bytes, size, length);
            size += length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Reads what {@link Encoder} wrote, failing on anything that runs past its limit. */
    private static final class Decoder {

        private final byte[] bytes;
        private final int limit;
        private int position;

        Decoder(byte[] bytes, int from, int limit) {
            this.bytes = bytes;
            this.position = from;
            this.limit = limit;
        }

        int number() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                require(1);
                byte b = bytes[position++];
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        break;
                    }
                    return value;
                }
            }
            throw new IllegalArgumentException("a number is malformed at byte " + position);
        }

        String string() {
            int length = number();
            require(length);
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        byte[] bytes(int length) {
            require(length);
            byte[] value = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return value;
        }

        void skip(int length) {
            require(length);
            position += length;
        }

        private void require(int length) {
            if (length < 0 || position + length > limit) {
                throw new IllegalArgumentException("it ends early at byte " + position);
            }
        }
    }
}
