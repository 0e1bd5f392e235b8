package org.attest.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates test inputs: the shared raw samples and this bundle's data folder. */
final class TestFiles {

    private TestFiles() {
    }

    /** Returns the shared raw news samples, found by walking up from the working directory. */
    static Path sharedSample(String name) {
        return walkUp(Path.of("shared", "samples")).resolve(name);
    }

    /** Returns a file of this bundle's data folder. */
    static Path data(String name) {
        return walkUp(Path.of("tests", "org.attest.io.tests", "data")).resolve(name);
    }

    private static Path walkUp(Path relative) {
        Path local = Path.of("data");
        if (relative.endsWith("data") && Files.isDirectory(local)) {
            return local.toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " folder above " + Path.of("").toAbsolutePath());
    }
}
