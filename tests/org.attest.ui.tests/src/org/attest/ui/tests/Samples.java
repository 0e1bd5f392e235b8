package org.attest.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's own sample articles ({@code samples/} at the repository root) from the test's working directory. */
final class Samples {

    private Samples() {
    }

    /** Returns the project's sample folder, searching upwards from the working directory. */
    static Path project() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("samples/harbour-flood-a.txt"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the project's samples/ folder was not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("samples");
    }
}
