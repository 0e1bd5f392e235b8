package org.attest.store;

import java.io.IOException;

import org.attest.model.Corpus;
import org.attest.model.Document;
import org.attest.store.fs.Transaction;

/**
 * The saving of a corpus model: which of its files changed since the last save, written together or staged into a
 * transaction.
 */
final class ModelSaves {

    private final CorpusLayout layout;
    private final Corpus corpus;
    private final ModelFiles files;
    private final ModelChanges changes = new ModelChanges();

    ModelSaves(CorpusLayout layout, Corpus corpus, ModelFiles files) {
        this.layout = layout;
        this.corpus = corpus;
        this.files = files;
        corpus.eAdapters().add(changes);
    }

    /**
     * Writes the model files changed since the last save, all together; {@code operation} names it in a recovery note.
     */
    void save(String operation) throws CorpusException {
        if (changes.isEmpty()) {
            return;
        }
        try {
            files.publish(files.writes(corpus, changes), operation);
            changes.clear();
        } catch (IOException e) {
            throw new CorpusException("cannot save the corpus model in " + layout.dir() + ": " + e.getMessage()
                    + "; nothing was changed on disk. Free space or fix permissions and retry", e);
        }
    }

    /** Adds the model files changed since the last save to {@code transaction}. */
    void stage(Transaction transaction) throws CorpusException {
        try {
            ModelFiles.stage(files.writes(corpus, changes), transaction);
        } catch (IOException e) {
            throw new CorpusException("cannot stage the corpus model of " + layout.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Records that a transaction holding the staged model has committed. */
    void committed() {
        changes.clear();
    }

    /** Records that {@code document} already has its metadata file on disk. */
    void published(Document document) {
        changes.saved(document);
    }
}
