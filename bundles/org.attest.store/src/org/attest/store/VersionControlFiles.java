package org.attest.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * The two files that make a corpus folder safe under version control: what Git ignores, and that it converts nothing.
 */
public final class VersionControlFiles {

    /** What Git must not track: Attest's private folder (lock, staging, caches), which belongs to one machine. */
    static final String IGNORE = "# Attest: the private folder (write lock, staging, caches) belongs to one machine\n/.attest/\n";

    /**
     * How Git must treat the files: texts are byte-exact because offsets refer to them, so no line-ending conversion.
     */
    static final String ATTRIBUTES = "# Attest: texts are byte-exact (annotation offsets refer to them): Git converts no line endings\n"
            + "* -text\n*.bcas binary\n";

    private VersionControlFiles() {
    }

    /**
     * Returns the files (with their content) that {@code dir} lacks of {@code .gitignore} and {@code .gitattributes}.
     */
    static Map<Path, byte[]> missing(Path dir) {
        Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
        Path ignore = dir.resolve(".gitignore");
        Path attributes = dir.resolve(".gitattributes");
        if (!Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) {
            files.put(ignore, IGNORE.getBytes(StandardCharsets.UTF_8));
        }
        if (!Files.exists(attributes, LinkOption.NOFOLLOW_LINKS)) {
            files.put(attributes, ATTRIBUTES.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Returns whether {@code path}, relative to the corpus folder, is one of these two files. */
    public static boolean isOne(String path) {
        return ".gitignore".equals(path) || ".gitattributes".equals(path);
    }

    /** Writes the files {@code dir} lacks, atomically and durably. */
    public static void ensure(Path dir) throws IOException {
        for (Map.Entry<Path, byte[]> file : missing(dir).entrySet()) {
            org.attest.store.fs.AtomicFiles.write(file.getKey(), file.getValue());
        }
    }
}
