package org.attest.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots every file of a corpus folder, so tests can prove a failed operation changed nothing. */
public final class CorpusFolder {

    private CorpusFolder() {
    }

    /**
     * Returns relative path → hash of every regular file under {@code dir}, excluding the write lock and the caches
     * (derived data).
     */
    public static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(p).toString();
                if (relative.endsWith("write.lock") || relative.startsWith(".attest/cache/")) {
                    continue;
                }
                files.put(relative, java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
