package org.attest.cas;

/** Signals that a stored CAS cannot be read; the message names the file, the problem and what to do. */
public final class CasFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message a user can act on. */
    public CasFormatException(String message) {
        super(message);
    }

    /** Creates an exception with a message a user can act on and the low-level cause for the log. */
    public CasFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
