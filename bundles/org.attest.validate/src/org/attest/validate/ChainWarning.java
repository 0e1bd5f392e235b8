package org.attest.validate;

import java.nio.file.Path;

import org.attest.claims.ChainProblem;

/**
 * Something wrong with an attribution chain in one CAS file: a warning, not an error, since the corpus is sound and the
 * annotation may be meant.
 *
 * @param file the CAS file
 * @param document the document id
 * @param annotator the annotator whose CAS it is, or null for the gold
 * @param problem what is wrong, with its offsets
 */
public record ChainWarning(Path file, String document, String annotator, ChainProblem problem) {

    /** Returns the warning as one line for a terminal: the file, whose work it is, and what is wrong. */
    public String describe() {
        return file + ": warning: in " + (annotator == null ? "the gold of " : "") + "document '" + document + "'"
                + (annotator == null ? "" : " by " + annotator) + ", " + problem.describe();
    }
}
