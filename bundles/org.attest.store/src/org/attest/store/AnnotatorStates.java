package org.attest.store;

import java.util.Date;

import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;

/** Adds annotators to the corpus model and reads and sets their states on documents, in memory (unsaved). */
final class AnnotatorStates {

    private AnnotatorStates() {
    }

    /** Returns annotator {@code name} of {@code corpus}, adding it when it is new. */
    static Annotator ensure(Corpus corpus, String name) {
        CorpusLayout.checkAnnotatorName(name);
        CorpusNames.caseTwin(name, corpus.getAnnotators().stream().map(Annotator::getName).toList()).ifPresent(twin -> {
            throw new IllegalArgumentException(
                    "'" + name + "' differs from the annotator '" + twin + "' only in case; on macOS and"
                            + " Windows both would be one file: use '" + twin + "' or another name");
        });
        return corpus.getAnnotators().stream().filter(a -> a.getName().equals(name)).findFirst().orElseGet(() -> {
            Annotator a = CorpusFactory.eINSTANCE.createAnnotator();
            a.setName(name);
            a.setAdded(new Date());
            corpus.getAnnotators().add(a);
            return a;
        });
    }

    /** Returns the state of {@code annotator}'s work on {@code document}; NEW when it has none. */
    static DocumentState state(Document document, String annotator) {
        return document.getStates().stream().filter(s -> s.getAnnotator().getName().equals(annotator))
                .map(AnnotationState::getState)
                .findFirst().orElse(DocumentState.NEW);
    }

    /** Sets the state of {@code annotator}'s work on {@code document}, stamped with the current time. */
    static void set(Document document, Annotator annotator, DocumentState state) {
        AnnotationState entry = document.getStates().stream().filter(s -> s.getAnnotator() == annotator).findFirst()
                .orElseGet(() -> {
                    AnnotationState s = CorpusFactory.eINSTANCE.createAnnotationState();
                    s.setAnnotator(annotator);
                    document.getStates().add(s);
                    return s;
                });
        entry.setState(state);
        entry.setUpdated(new Date());
    }
}
