package org.attest.ui.corpus;

import org.attest.model.Document;
import org.attest.model.DocumentState;

/** One line of the corpus navigator: a document and the current annotator's state on it. */
public record DocumentRow(Document document, DocumentState state) {

    /** Returns the text shown for the state, as users read it ("in progress"). */
    public String stateLabel() {
        return state.getLiteral().replace('-', ' ');
    }
}
