package org.attest.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** The shard of a document: a stable hash of its id, the same on every machine, JVM and run. */
public final class ShardKey {

    private ShardKey() {
    }

    /**
     * Returns the shard, from 0 to {@code shards - 1}, of the document {@code id}: the first eight bytes of the SHA-256
     * of the id's UTF-8 bytes, modulo {@code shards}.
     */
    public static int of(String id, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("the number of shards must be at least 1, not " + shards);
        }
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = value << 8 | (hash[i] & 0xff);
        }
        return (int) Math.floorMod(value, (long) shards);
    }

    /** Returns the folder name of shard {@code index}: {@code shard-000}, {@code shard-001}, ... */
    public static String folder(int index) {
        return String.format(Locale.ROOT, "shard-%03d", index);
    }
}
