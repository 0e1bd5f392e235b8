package org.attest.registry;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationEditing;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Transaction;

/**
 * The annotators' CAS files that hold chosen mentions, each read and opened for editing once, and saved together with
 * the corpus model in one transaction, all of them or none.
 */
final class MentionFiles {

    private final CorpusStore store;
    private final Map<String, AnnotationEditing> open = new LinkedHashMap<>();

    MentionFiles(CorpusStore store) {
        this.store = store;
    }

    /** Returns the editing of the CAS that holds {@code m}, reading it on first use. */
    AnnotationEditing editing(Mention m) throws CorpusException {
        String key = m.document() + "\n" + m.annotator();
        AnnotationEditing editing = open.get(key);
        if (editing == null) {
            Document document = store.document(m.document()).orElseThrow(() -> new IllegalArgumentException(
                    "The corpus has no document '" + m.document() + "' any more; list the mentions again"));
            editing = new AnnotationEditing(store.readCas(document, m.annotator()), store.corpus().getSchema());
            open.put(key, editing);
        }
        return editing;
    }

    /** Returns the annotation of {@code m} in its annotator's CAS; refused when it is no longer there. */
    AnnotationFS find(Mention m) throws CorpusException {
        return editing(m).layers().spans(m.layer()).stream()
                .filter(fs -> fs.getBegin() == m.begin() && fs.getEnd() == m.end()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No " + m.layer() + " annotation at [" + m.begin() + "," + m.end()
                                + ") in document '" + m.document() + "' by " + m.annotator()
                                + " any more; list the entity's mentions again"));
    }

    /** Writes every opened CAS and the changed model files in one transaction named {@code operation}. */
    void save(String operation, String summary) throws IOException, CorpusException {
        try (Transaction transaction = Transaction.begin(store.layout().dir(), operation)) {
            for (Map.Entry<String, AnnotationEditing> e : open.entrySet()) {
                String[] key = e.getKey().split("\n");
                transaction.write(store.layout().cas(key[0], key[1]), store.casFormat().write(e.getValue().cas()));
            }
            store.stageModel(transaction);
            transaction.summary(summary);
            transaction.commit();
            store.modelCommitted();
        }
    }
}
