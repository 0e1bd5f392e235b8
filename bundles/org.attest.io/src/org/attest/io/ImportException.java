package org.attest.io;

/** A file could not be imported; the message names the file, the position when known, the problem and the fix. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a complete user-facing message. */
    public ImportException(String message) {
        super(message);
    }

    /** Creates an exception with a complete user-facing message and its underlying cause. */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
