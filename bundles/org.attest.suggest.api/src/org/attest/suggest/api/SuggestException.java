package org.attest.suggest.api;

/**
 * A recommender could not propose anything, with a message a user can act on: which recommender, which document or
 * file, what went wrong and what to do, such as "llm: the endpoint http://127.0.0.1:11434 refused the connection; start
 * Ollama or change llm.url in settings/llm.properties".
 */
public final class SuggestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message. */
    public SuggestException(String message) {
        super(message);
    }

    /** Creates the exception with its message and cause. */
    public SuggestException(String message, Throwable cause) {
        super(message, cause);
    }
}
