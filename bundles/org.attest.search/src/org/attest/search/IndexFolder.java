package org.attest.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.attest.store.fs.PathGuard;
import org.attest.store.fs.UnsafePathException;

/**
 * The folder of the index on disk, {@code .attest/index/}: made only as a real folder of the corpus, emptied when
 * damaged.
 */
final class IndexFolder {

    private IndexFolder() {
    }

    /** Makes {@code folder} when absent, refusing one that is a link or not a folder. */
    static void prepare(Path folder) throws IOException {
        PathGuard.privateFile(folder);
        Files.createDirectories(folder);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafePathException(folder, UnsafePathException.Kind.NOT_A_FILE,
                    "it is not a folder; delete it and Attest makes the index again");
        }
    }

    /** Deletes the files of a damaged index, which Lucene cannot even overwrite (it reads the old commit first). */
    static void wipe(Path folder, Consumer<String> warnings) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            warnings.accept("the damaged search index in " + folder + " cannot be deleted (" + e.getMessage()
                    + "); delete the folder, and Attest makes the index again");
        }
    }
}
