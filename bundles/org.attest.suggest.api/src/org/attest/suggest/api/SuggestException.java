package org.attest.suggest.api;

/**
 * A recommender could not propose anything, with a message a user can act on: which recommender, which document or
 * file, what went wrong and what to do, such as "llm: the endpoint http://127.0.0.1:11434 refused the connection; start
 * Ollama or change llm.url in settings/llm.properties".
 */
public final class SuggestException extends Exception {

    /** What the user does about it, for the command line and the workbench to word in their own terms. */
    public enum Remedy {
        /** Nothing beyond what the message says. */
        NONE,
        /**
         * Turn the recommender on for this corpus and its endpoint: it sends text out of the machine and the user has
         * not agreed to that yet (or agreed for another endpoint).
         */
        GRANT_CONSENT,
        /** Train the recommender first: it learns from annotated documents and has learnt nothing yet. */
        TRAIN
    }

    private static final long serialVersionUID = 1L;

    private final Remedy remedy;

    /** Creates the exception with its message. */
    public SuggestException(String message) {
        this(message, Remedy.NONE);
    }

    /** Creates the exception with its message and cause. */
    public SuggestException(String message, Throwable cause) {
        super(message, cause);
        this.remedy = Remedy.NONE;
    }

    /** Creates the exception with its message and what the user does about it. */
    public SuggestException(String message, Remedy remedy) {
        super(message);
        this.remedy = remedy == null ? Remedy.NONE : remedy;
    }

    /** Returns what the user does about it; {@link Remedy#NONE} when the message says all. */
    public Remedy remedy() {
        return remedy;
    }
}
