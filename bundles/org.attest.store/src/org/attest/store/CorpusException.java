package org.attest.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A corpus operation failed for a reason the user can act on; the message states the problem and names the file, and
 * the fields carry the facts (the corpus, the document, the annotator, the remedy) so that the command line and the
 * workbench can each word the fix in their own terms.
 */
public final class CorpusException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the user can do about the problem, worded by each user interface in its own terms. */
    public enum Remedy {
        /** Nothing beyond what the message says. */
        NONE,
        /** Create a corpus in the folder: there is none. */
        CREATE_CORPUS,
        /** Look at what the corpus holds: its documents, or that the folder is already a corpus. */
        SHOW_CORPUS,
        /** Check the corpus, which names every damaged file. */
        CHECK_CORPUS,
        /** Name the reviewer who curates. */
        NAME_REVIEWER,
        /** Ask the reviewer who holds the document to finish, or release their claim on it. */
        RELEASE_CURATION,
        /** Curate documents first, or choose an annotator whose work to use instead of the gold. */
        CURATE_FIRST,
        /** Choose one of the corpus's annotators. */
        CHOOSE_ANNOTATOR
    }

    private final Remedy remedy;
    private final transient Path corpus;
    private final String document;
    private final String annotator;

    /** Creates the exception with a message naming the file and the problem. */
    public CorpusException(String message) {
        this(message, Remedy.NONE, null, null, null);
    }

    /** Creates the exception with a message and the underlying cause, keeping the cause's facts when it has them. */
    public CorpusException(String message, Throwable cause) {
        super(message, cause);
        CorpusException facts = cause instanceof CorpusException c ? c : null;
        this.remedy = facts == null ? Remedy.NONE : facts.remedy;
        this.corpus = facts == null ? null : facts.corpus;
        this.document = facts == null ? null : facts.document;
        this.annotator = facts == null ? null : facts.annotator;
    }

    /**
     * Creates the exception with the facts of the problem.
     *
     * @param message the problem in plain words, naming the file
     * @param remedy what the user can do about it
     * @param corpus the corpus folder concerned, or null
     * @param document the id of the document concerned, or null
     * @param annotator the annotator or reviewer concerned, or null
     */
    public CorpusException(String message, Remedy remedy, Path corpus, String document, String annotator) {
        super(message);
        this.remedy = Objects.requireNonNull(remedy, "remedy");
        this.corpus = corpus;
        this.document = document;
        this.annotator = annotator;
    }

    /** Returns what the user can do about the problem. */
    public Remedy remedy() {
        return remedy;
    }

    /** Returns the corpus folder concerned, when known. */
    public Optional<Path> corpus() {
        return Optional.ofNullable(corpus);
    }

    /** Returns the id of the document concerned, when there is one. */
    public Optional<String> document() {
        return Optional.ofNullable(document);
    }

    /** Returns the annotator or reviewer concerned, when there is one. */
    public Optional<String> annotator() {
        return Optional.ofNullable(annotator);
    }
}
