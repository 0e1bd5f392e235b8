package org.attest.store;

/** A corpus operation failed for a reason the user can act on; the message names the file and the problem. */
public final class CorpusException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the file, the problem and the fix. */
    public CorpusException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
