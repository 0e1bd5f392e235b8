package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
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
}
