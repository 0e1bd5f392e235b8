package org.attest.agreement.corpus;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.store.CorpusException;

/** What agreement reads: a schema, documents with their annotators' states, and a CAS per document and annotator. */
public interface AgreementInput {

    /** Returns the schema the CASes were made for. */
    Schema schema();

    /** Returns the documents in corpus order. */
    List<Entry> documents();

    /** Returns {@code annotator}'s CAS of document {@code document}; called only for annotators who count. */
    CAS cas(String document, String annotator) throws CorpusException;

    /**
     * Returns what agreement compares of {@code annotator}'s work on {@code document}, by default read from its
     * {@link #cas}; an input may keep what it read, as long as it is what the CAS holds now.
     */
    default Observed observed(String document, String annotator) throws CorpusException {
        CAS cas = cas(document, annotator);
        try {
            return Observed.of(schema(), cas);
        } finally {
            release(cas);
        }
    }

    /**
     * Returns a fingerprint of {@code annotator}'s work on {@code document} that changes whenever what
     * {@link #observed}
     * returns may change, or null when the input cannot tell; by default null.
     */
    default String contentHash(String document, String annotator) throws CorpusException {
        return null;
    }

    /**
     * Tells the input that agreement read everything it needed, so it may keep what it learnt; notes go to
     * {@code progress}.
     */
    default void done(Consumer<String> progress) {
    }

    /**
     * Returns whether {@link #cas} may be called from several threads at once, each call giving a CAS of its own, so
     * that documents can be read and compared in parallel; false unless an input says so.
     */
    default boolean concurrent() {
        return false;
    }

    /** Tells the input that agreement is done with {@code cas}, which {@link #cas} returned, so it may reuse it. */
    default void release(CAS cas) {
    }

    /**
     * A document and its annotators' states.
     *
     * @param id the document's id
     * @param states each annotator's state of work on it
     */
    record Entry(String id, Map<String, DocumentState> states) {
    }
}
