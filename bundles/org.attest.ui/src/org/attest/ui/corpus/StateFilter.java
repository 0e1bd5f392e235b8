package org.attest.ui.corpus;

import org.attest.model.DocumentState;

/** The navigator's filter by the current annotator's state; ALL shows every document. */
public enum StateFilter {

    /** Every document. */
    ALL("all"),
    /** Documents the annotator has not started. */
    NEW("new"),
    /** Documents the annotator is working on. */
    IN_PROGRESS("in progress"),
    /** Documents the annotator has finished. */
    FINISHED("finished"),
    /** Documents locked for the annotator. */
    LOCKED("locked");

    private final String label;

    StateFilter(String label) {
        this.label = label;
    }

    /** Returns the label shown in the filter drop-down. */
    public String label() {
        return label;
    }

    /** Returns whether a document in {@code state} passes this filter. */
    public boolean accepts(DocumentState state) {
        return this == ALL || name().equals(state.name());
    }
}
