package org.attest.io;

import java.util.Objects;

/**
 * A file could not be imported; the message names the file, the position when known and the problem, and
 * {@link #remedy()} says which choice of the import would let it through, for the user interface to word.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A choice of the import that would let the refused file through, worded by each user interface. */
    public enum Remedy {
        /** Nothing beyond what the message says. */
        NONE,
        /** Read files behind symbolic links. */
        FOLLOW_LINKS,
        /** Import the rest of the file without the annotations whose types the schema lacks. */
        IGNORE_UNKNOWN_TYPES,
        /** Name the annotator whose set receives the file's annotations. */
        NAME_ANNOTATOR,
        /** Declare the file's encoding. */
        DECLARE_ENCODING,
        /** Map the file's entity labels to the schema's, or import the rest without the labels it lacks. */
        MAP_LABELS
    }

    private final Remedy remedy;

    /** Creates an exception with a complete user-facing message. */
    public ImportException(String message) {
        this(message, Remedy.NONE);
    }

    /** Creates an exception with a user-facing message and the choice that would let the file through. */
    public ImportException(String message, Remedy remedy) {
        super(message);
        this.remedy = Objects.requireNonNull(remedy, "remedy");
    }

    /** Creates an exception with a complete user-facing message and its underlying cause. */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
        this.remedy = Remedy.NONE;
    }

    /** Returns the choice of the import that would let the file through. */
    public Remedy remedy() {
        return remedy;
    }
}
