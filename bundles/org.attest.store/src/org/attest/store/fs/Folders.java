package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removal of Attest's own working folders (staging areas), which nothing else needs once an operation ends. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes {@code root} and everything under it, without following symbolic links; what cannot be deleted stays for
     * validate to report.
     */
    public static void deleteQuietly(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.comparingInt(Path::getNameCount).reversed()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for 'attest validate' to report
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // left for 'attest validate' to report
        }
    }

    /**
     * Removes the empty journal, staging and private folders that transactions leave in {@code root}, for a folder that
     * others read, such as an export's output folder.
     *
     * @param root the folder transactions were committed in
     */
    public static void removeEmptyPrivateFolder(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        for (Path folder : List.of(dir.resolve(Journal.JOURNALS), dir.resolve(Journal.STAGING),
                dir.resolve(".attest"))) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // not empty: another transaction's files stay for recovery
            }
        }
    }
}
