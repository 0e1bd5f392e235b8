package org.attest.io;

import java.nio.file.Path;
import java.util.Locale;

/** Derives document ids and base names from file names. */
final class Ids {

    private Ids() {
    }

    /** Returns the file name without its last extension. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Returns an id from the file's base name: lower case, characters outside {@code [a-z0-9._-]} replaced by '-'. */
    static String fromFileName(Path file) {
        return baseName(file).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }
}
