package org.attest.suggest.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.fs.PathGuard;
import org.attest.suggest.api.SuggestException;

/**
 * The name finder model stored in a corpus, loaded once per content: the file is read through the store's guarded read
 * each time, and loaded again only when its SHA-256 changed.
 */
final class StoredModel {

    private record Loaded(String sha256, ThreadSafeNameFinderME finder) {
    }

    private Loaded last;

    /**
     * Returns a name finder of the model stored in {@code store}'s corpus.
     *
     * @throws SuggestException naming the file when there is none yet, it cannot be read, it is refused or corrupt
     */
    ThreadSafeNameFinderME load(CorpusStore store) throws SuggestException {
        Path root = store.layout().dir();
        Path file = new ModelFolder(root).model();
        byte[] bytes;
        try {
            if (!PathGuard.isFile(root, file)) {
                throw new SuggestException(ModelRecommender.NAME + ": no name finder model is trained for the corpus "
                        + root + " yet (" + ModelFolder.MODEL + " is missing); train the model recommender on the gold"
                        + " or on an annotator's finished documents first", SuggestException.Remedy.TRAIN);
            }
            bytes = CorpusFiles.read(root, file);
        } catch (IOException | CorpusException e) {
            throw new SuggestException(ModelRecommender.NAME + ": cannot read the model " + file + ": "
                    + e.getMessage(), e);
        }
        String sha256 = Hashes.sha256(bytes);
        synchronized (this) {
            if (last != null && last.sha256().equals(sha256)) {
                return last.finder();
            }
        }
        ModelGuard.check(file, bytes);
        TokenNameFinderModel model;
        try {
            model = new TokenNameFinderModel(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new SuggestException(ModelRecommender.NAME + ": the model " + file + " is damaged and cannot be"
                    + " loaded (" + e.getMessage() + "); train the model again to replace it", e);
        }
        ThreadSafeNameFinderME finder = new ThreadSafeNameFinderME(model);
        synchronized (this) {
            last = new Loaded(sha256, finder);
        }
        return finder;
    }
}
