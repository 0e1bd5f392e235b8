package org.attest.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.attest.store.CorpusException;
import org.attest.store.fs.FileStamp;
import org.attest.store.fs.PathGuard;

/** Reads the files of a corpus: inside it, through no link, and never more bytes than the memory can hold. */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /**
     * Reads all bytes of {@code file}, a file of the corpus in {@code root}.
     *
     * @param root the corpus folder
     * @param file the file
     * @return its content
     * @throws CorpusException naming the file when it is missing, a link, too large for the memory, or unreadable
     */
    public static byte[] read(Path root, Path file) throws CorpusException {
        try {
            long size = PathGuard.regularFile(root, file).size();
            long limit = limit();
            if (size > limit) {
                throw new CorpusException(file + " is " + size + " bytes, more than the " + limit
                        + " bytes this program can read"
                        + " with its memory (a quarter of the Java heap); no file Attest writes is that large for a corpus of"
                        + " news articles: check where the file came from, or raise the heap with ATTEST_JAVA_OPTS=-Xmx8g");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                // never more than measured: a file that grows while read cannot make the buffer grow past the limit
                byte[] bytes = in.readNBytes((int) Math.min(limit, size + 1));
                if (bytes.length > size) {
                    throw new CorpusException(
                            file + " grew while it was read; another program is writing it: close it and retry");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new CorpusException(
                    file + " is missing: the corpus is incomplete; restore the file from a backup or version control");
        } catch (IOException e) {
            throw new CorpusException(e instanceof org.attest.store.fs.UnsafePathException
                    ? e.getMessage()
                    : "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the {@link FileStamp} of {@code file}, a file of the corpus in {@code root}, taken now; null when it has
     * none (missing, changed in the last seconds, or on a file system without inodes), and the caller reads it.
     *
     * @throws CorpusException when the path leaves the corpus or meets a link
     */
    public static FileStamp stamp(Path root, Path file) throws CorpusException {
        try {
            return FileStamp.of(root, file, java.time.Instant.now());
        } catch (org.attest.store.fs.UnsafePathException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }

    /**
     * Returns the {@link FileStamp}s of {@code files}, files of the corpus in {@code root}, taken now (null for each
     * that has none), checking each folder they are in once: the files of one document, say.
     *
     * @throws CorpusException when a path leaves the corpus or meets a link
     */
    public static java.util.List<FileStamp> stamps(Path root, java.util.List<Path> files) throws CorpusException {
        try {
            return FileStamp.of(root, files, java.time.Instant.now());
        } catch (org.attest.store.fs.UnsafePathException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }

    /** Returns the largest file this program reads whole: a quarter of the heap, at most what an array holds. */
    static long limit() {
        return Math.min(Runtime.getRuntime().maxMemory() / 4, Integer.MAX_VALUE - 16);
    }
}
