package org.attest.model.persist;

/** The corpus model file could not be read; the message names the file and the problem. */
public final class CorpusModelException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the file and the problem. */
    public CorpusModelException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public CorpusModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
