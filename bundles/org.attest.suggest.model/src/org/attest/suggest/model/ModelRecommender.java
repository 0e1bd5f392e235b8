package org.attest.suggest.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attest.model.Document;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.fs.PathGuard;
import org.attest.store.fs.Transaction;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;
import org.attest.suggest.api.TrainableRecommender;

/**
 * The recommender {@value #NAME}: Apache OpenNLP's name finder, trained on the Entity spans of the gold or one
 * annotator's finished documents and stored in the corpus ({@link ModelFolder}), proposing Entity spans with their
 * label and OpenNLP's probability as score.
 */
public final class ModelRecommender implements TrainableRecommender {

    /** The recommender's name. */
    public static final String NAME = "model";

    private final StoredModel stored = new StoredModel();

    /** Creates the recommender; it reads each corpus's model when first asked. */
    public ModelRecommender() {
        // the extension registry and ServiceLoader create it
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Entity names: an OpenNLP name finder trained on the gold or an annotator's finished documents";
    }

    @Override
    public Set<String> layers() {
        return Set.of(DefaultSchema.ENTITY);
    }

    /**
     * Returns the Entity spans the corpus's stored model finds in the document.
     *
     * @throws SuggestException when no model is stored yet, or the stored one is refused, damaged or unreadable
     */
    @Override
    public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
        return NameFinding.suggest(stored.load(context.store()), context.cas(), "the corpus's name finder model");
    }

    /** Trains on the curated gold ({@code from} is {@code gold}) or an annotator's finished documents, in memory. */
    @Override
    public Recommender trainedOn(CorpusStore store, String from, List<Document> documents) throws SuggestException {
        return new TrainedNameFinder(ModelTraining.train(store, from, documents).model(), from);
    }

    /**
     * Trains like {@link #trainedOn} and stores the model and {@code training.json} in one transaction, removing an
     * evaluation of an earlier model.
     */
    @Override
    public Training train(CorpusStore store, String from, List<Document> documents) throws SuggestException {
        Path root = store.layout().dir();
        if (!store.writable()) {
            throw new SuggestException(NAME + ": the corpus " + root + " was opened read-only; open it for writing"
                    + " to store a trained model");
        }
        ModelTraining.Trained trained = ModelTraining.train(store, from, documents);
        ModelFolder folder = new ModelFolder(root);
        List<String> files = new ArrayList<>(List.of(ModelFolder.MODEL, ModelFolder.TRAINING));
        try (Transaction transaction = Transaction.begin(root, "training of the model recommender")) {
            ByteArrayOutputStream model = new ByteArrayOutputStream();
            trained.model().serialize(model);
            byte[] bytes = model.toByteArray();
            transaction.write(folder.model(), bytes);
            transaction.write(folder.training(), TrainingRecord.json(trained, Hashes.sha256(bytes), Instant.now()));
            if (PathGuard.isFile(root, folder.evaluation())) {
                transaction.delete(folder.evaluation());
            }
            transaction.summary("a name finder model trained on " + from);
            transaction.commit();
        } catch (IOException e) {
            throw new SuggestException(NAME + ": cannot store the trained model in " + folder.dir() + ": "
                    + e.getMessage() + "; nothing was changed", e);
        }
        TrainingData data = trained.data();
        return new Training(NAME, from, data.sources().size(), data.annotations(),
                List.copyOf(data.perLabel().keySet()),
                files);
    }
}
