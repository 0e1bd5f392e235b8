package org.attest.store.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files an atomic write makes beside its target ({@code .NAME.tmp-<random>}), and the ones a write that
 * was
 * interrupted left behind.
 */
public final class TemporaryFiles {

    /** Long file names are shortened in temp names so the temp name stays under NAME_MAX (255). */
    private static final int MAX_NAME_IN_TEMP = 100;

    private static final String TEMP_MARKER = ".tmp-";

    /** Matches the names {@link #open} creates: {@code .NAME.tmp-<base36 random>}. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.tmp-[0-9a-z]{1,13}");

    // a random start per process, then counted up: names no other process is likely to use, without asking the
    // system's random source for each file (CREATE_NEW refuses a name taken all the same)
    private static final AtomicLong NEXT = new AtomicLong(new SecureRandom().nextLong());

    private TemporaryFiles() {
    }

    /**
     * Lists the temporary files that interrupted writes left in {@code dir} and its subfolders.
     *
     * <p>Deleting them is safe only while no other process writes, that is while holding the
     * {@link CorpusLock}.
     *
     * @param dir the folder to search; a missing folder has no leftovers
     * @return the leftover files, sorted by path
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static List<Path> leftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(TemporaryFiles::isTemporary).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list leftover temporary files in " + dir + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("Cannot list leftover temporary files in " + dir + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Tells whether {@code file} is named and typed like a temporary file of {@link AtomicFiles#write}.
     *
     * @param file the path to test
     * @return true for a regular file named {@code .NAME.tmp-<random>}
     */
    public static boolean isTemporary(Path file) {
        Path name = file.getFileName();
        return name != null && TEMP_NAME.matcher(name.toString()).matches()
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Creates a new temporary file beside {@code file}, named {@code .NAME.tmp-<random>}, open for writing. */
    static Open open(Path file) throws IOException {
        String name = file.getFileName().toString();
        String shortName = name.length() > MAX_NAME_IN_TEMP ? name.substring(0, MAX_NAME_IN_TEMP) : name;
        for (int attempt = 0;; attempt++) {
            Path temp = file.resolveSibling("." + shortName + TEMP_MARKER
                    + Long.toString(NEXT.getAndIncrement() & Long.MAX_VALUE, Character.MAX_RADIX));
            try {
                // CREATE_NEW, not createTempFile: the file gets the usual permissions (umask), as
                // the published file should, and never reuses a leftover of an earlier crash.
                return new Open(temp,
                        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Deletes {@code temp}, keeping quiet about a failure: a leftover is reported later by {@link #leftovers}. */
    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The original failure matters more; leftoverTemporaryFiles reports the file later.
        }
    }

    /** A freshly created temporary file and the channel writing it. */
    record Open(Path path, FileChannel channel) {
    }
}
