package org.attest.store.cache;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.attest.store.fs.FileStamp;

/** The file of a {@link CasCache} as it lies on disk: its checks, the index of its entries, and reads from it. */
final class CacheIndex {

    /** The bytes of an entry's key, the SHA-256 of a CAS file. */
    static final int HASH_BYTES = 32;
    // the hash, then the lengths of the stamp, text hash, document, annotator and payload, one byte each at least
    private static final int MIN_ENTRY_BYTES = HASH_BYTES + 5;
    // how every cache's magic line starts: a file that starts so but has another line is a cache of another version
    private static final byte[] ANY_MAGIC = "ATTEST-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * An entry of the file on disk: its key fields, the stamp of the CAS file when it had one (else null), and where
     * its bytes and its payload lie.
     */
    record Stored(Hash hash, FileStamp stamp, String textHash, String document, String annotator, long start, long end,
            long payloadStart, int payloadLength) {
    }

    /** The entries of a file by document and annotator. */
    record Index(Map<Key, Stored> byKey) {
    }

    /**
     * The SHA-256 of a CAS file as four numbers: 40 bytes in memory, where its bytes in a buffer took about 100, for
     * each of the 400,000 entries of a cache of 100,000 documents by three annotators and the gold.
     */
    record Hash(long a, long b, long c, long d) {

        /** Returns the hash of the 32 bytes of {@code sha256}. */
        static Hash of(byte[] sha256) {
            if (sha256.length != HASH_BYTES) {
                throw new IllegalArgumentException("a SHA-256 has 32 bytes, not " + sha256.length);
            }
            ByteBuffer in = ByteBuffer.wrap(sha256);
            return new Hash(in.getLong(), in.getLong(), in.getLong(), in.getLong());
        }

        /** Returns the 32 bytes of the hash. */
        byte[] bytes() {
            return ByteBuffer.allocate(HASH_BYTES).putLong(a).putLong(b).putLong(c).putLong(d).array();
        }
    }

    /**
     * A document and an annotator, which name one CAS file; sorted by document, then annotator, the order of the
     * entries in the file.
     */
    record Key(String document, String annotator) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byDocument = document.compareTo(other.document);
            return byDocument != 0 ? byDocument : annotator.compareTo(other.annotator);
        }
    }

    private CacheIndex() {
    }

    /**
     * Checks the magic line and the checksum of {@code channel} in a first pass over the file, then indexes its entries
     * in a second; returns null when the file was written for another {@code fingerprint} or by another version of
     * Attest.
     */
    static Index read(FileChannel channel, byte[] magic, String fingerprint) throws IOException {
        long size = channel.size();
        if (size < magic.length + HASH_BYTES || size > Integer.MAX_VALUE || !startsWith(channel, magic)) {
            if (size >= magic.length && startsWith(channel, ANY_MAGIC)) {
                return null;
            }
            throw new IllegalArgumentException("not a cache of this kind and version");
        }
        long body = size - HASH_BYTES;
        if (!Arrays.equals(sha256(channel, 0, body), read(channel, body, HASH_BYTES))) {
            throw new IllegalArgumentException("its checksum does not match its content");
        }
        channel.position(magic.length);
        // not closed: closing the stream would close the channel
        StreamReader in = new StreamReader(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16),
                magic.length, body);
        if (!fingerprint.equals(in.string())) {
            return null;
        }
        int count = in.count(MIN_ENTRY_BYTES);
        Map<Key, Stored> byKey = new HashMap<>(count * 2);
        // the entries of one document share its name and its text's hash, those of one annotator the name: one copy of
        // each (a cache of 100,000 documents by three annotators and the gold held 400,000 of each, some 70 MB)
        Map<String, String> shared = new HashMap<>();
        for (int i = 0; i < count; i++) {
            long start = in.position();
            Hash hash = Hash.of(in.bytes(HASH_BYTES));
            FileStamp stamp = FileStamp.parse(in.string());
            String textHash = one(shared, in.string());
            String document = one(shared, in.string());
            String annotator = one(shared, in.string());
            int payload = in.number();
            long payloadStart = in.position();
            in.skip(payload);
            Stored entry = new Stored(hash, stamp, textHash, document, annotator, start, in.position(), payloadStart,
                    payload);
            byKey.put(new Key(document, annotator), entry);
        }
        in.requireEnd();
        return new Index(byKey);
    }

    // the copy of text kept so far, else text itself, kept from now on
    private static String one(Map<String, String> shared, String text) {
        String kept = shared.putIfAbsent(text, text);
        return kept == null ? text : kept;
    }

    /** Returns the bytes of an entry: its key fields, its stamp text (or empty) and its encoded value. */
    static byte[] entry(byte[] hash, String stamp, String textHash, String document, String annotator,
            byte[] payload) {
        Encoder entry = new Encoder();
        entry.raw(hash, HASH_BYTES);
        entry.string(stamp);
        entry.string(textHash);
        entry.string(document);
        entry.string(annotator);
        entry.number(payload.length);
        entry.raw(payload, payload.length);
        return entry.toByteArray();
    }

    static boolean startsWith(FileChannel channel, byte[] magic) throws IOException {
        return Arrays.equals(read(channel, 0, magic.length), magic);
    }

    static byte[] read(FileChannel channel, long from, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                throw new java.io.EOFException("the file ends at byte " + (from + buffer.position()));
            }
        }
        return bytes;
    }

    static byte[] sha256(FileChannel channel, long from, long to) throws IOException {
        MessageDigest digest = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = from; at < to;) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new java.io.EOFException("the file ends at byte " + at);
            }
            digest.update(buffer.flip());
            at += read;
        }
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // only read from: nothing of ours is lost
        }
    }

    /**
     * Copies bytes [{@code from}, {@code to}) of {@code source} (the cache {@code file} as it was opened, or its
     * scratch file) to {@code out} through {@code buffer}.
     */
    static void copy(FileChannel source, long from, long to, ByteBuffer buffer, java.io.OutputStream out,
            java.nio.file.Path file) throws IOException {
        for (long at = from; at < to;) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
            int read = source.read(buffer, at);
            if (read < 0) {
                throw new java.io.EOFException(file + " ends at byte " + at + " while it was being copied");
            }
            out.write(buffer.array(), 0, read);
            at += read;
        }
    }
}
