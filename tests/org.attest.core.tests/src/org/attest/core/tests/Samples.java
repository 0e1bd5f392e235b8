package org.attest.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-world sample articles and the project's own samples from the test's working directory. */
final class Samples {

    private Samples() {
    }

    /** Returns the folder of the two real news articles shared with the project ({@code ../shared/samples}). */
    static Path shared() {
        return find("shared/samples");
    }

    /** Returns the project's own sample folder ({@code samples/} at the repository root). */
    static Path project() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("samples/harbour-flood-a.txt"))) {
                return dir.resolve("samples");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("the project's samples/ folder was not found above " + Path.of("").toAbsolutePath());
    }

    private static Path find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(relative + " was not found above " + Path.of("").toAbsolutePath());
    }
}
