package org.attest.edit;

import java.util.Date;
import java.util.Optional;

import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * An annotator's work on a document through its states: marking it finished, reopening it, and whether it may be
 * edited.
 */
public final class DocumentWorkflow {

    private DocumentWorkflow() {
    }

    /**
     * Marks {@code annotator}'s work on {@code document} finished and saves the corpus model; refused when the document
     * is locked.
     */
    public static void markFinished(CorpusStore store, Document document, String annotator) throws CorpusException {
        change(store, document, annotator, DocumentState.FINISHED);
    }

    /**
     * Reopens {@code annotator}'s finished work on {@code document} for editing (in progress) and saves the corpus
     * model.
     */
    public static void reopen(CorpusStore store, Document document, String annotator) throws CorpusException {
        change(store, document, annotator, DocumentState.IN_PROGRESS);
    }

    /** Returns whether {@code annotator} may edit {@code document} now, with the reason when not. */
    public static Editability editable(CorpusStore store, Document document, String annotator) {
        return editable(store, document, annotator,
                "it was opened without the write lock; open it again for writing to edit");
    }

    /**
     * Returns whether {@code annotator} may edit {@code document}, naming {@code readOnlyWhy} (e.g. who holds the lock)
     * when the corpus is read-only.
     */
    public static Editability editable(CorpusStore store, Document document, String annotator, String readOnlyWhy) {
        DocumentState state = CorpusStore.state(document, annotator);
        if (state == DocumentState.LOCKED) {
            return Editability.no("locked by the project manager: ask them to unlock '" + title(document) + "'");
        }
        if (!store.writable()) {
            return Editability.no("the corpus is open read-only: " + readOnlyWhy);
        }
        if (state == DocumentState.FINISHED) {
            return Editability.no("finished: reopen it to edit");
        }
        return Editability.yes();
    }

    private static void change(CorpusStore store, Document document, String annotator, DocumentState target)
            throws CorpusException {
        if (!store.writable()) {
            throw new CorpusException(
                    "cannot change the state of '" + title(document) + "': the corpus " + store.layout().dir()
                            + " was opened read-only; open it for writing");
        }
        DocumentState current = CorpusStore.state(document, annotator);
        if (current == DocumentState.LOCKED) {
            throw new CorpusException("'" + title(document)
                    + "' is locked by the project manager; ask them to unlock it before changing its state");
        }
        Optional<AnnotationState> entry = document.getStates().stream()
                .filter(s -> s.getAnnotator().getName().equals(annotator)).findFirst();
        Date updated = entry.map(AnnotationState::getUpdated).orElse(null);
        boolean knownAnnotator = store.annotator(annotator).isPresent();
        store.setState(document, store.ensureAnnotator(annotator), target);
        try {
            store.saveModel();
        } catch (CorpusException e) {
            // Keep the model as it is on disk, so a later save does not write a state the user was told failed.
            if (entry.isPresent()) {
                entry.get().setState(current);
                entry.get().setUpdated(updated);
            } else {
                document.getStates().removeIf(s -> s.getAnnotator().getName().equals(annotator));
            }
            if (!knownAnnotator) {
                store.corpus().getAnnotators().removeIf(a -> a.getName().equals(annotator));
            }
            throw e;
        }
    }

    private static String title(Document document) {
        return document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
    }
}
