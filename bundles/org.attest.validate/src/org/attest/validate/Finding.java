package org.attest.validate;

import java.nio.file.Path;

/** One problem found in a corpus folder: the file, what is wrong, and what to do about it. */
public record Finding(Path file, String problem) {

    /** Returns the finding as one line for a terminal. */
    public String describe() {
        return file + ": " + problem;
    }
}
