package org.attest.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of document texts and files. */
public final class Hashes {

    private Hashes() {
    }

    /** Returns the lower-case hexadecimal SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Returns the SHA-256 of {@code bytes} from index {@code from} up to (not including) {@code to}. */
    public static byte[] digest(byte[] bytes, int from, int to) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, from, to - from);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Returns the lower-case hexadecimal SHA-256 of the content of {@code file}, read in pieces, and its size. */
    public static Sized sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
                size += n;
            }
            return new Sized(HexFormat.of().formatHex(digest.digest()), size);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * A file's SHA-256 and size.
     *
     * @param sha256 the lower-case hexadecimal SHA-256
     * @param size the number of bytes hashed
     */
    public record Sized(String sha256, long size) {
    }
}
