package org.attest.suggest.model;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;
import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.SuggestException;

/** Trains OpenNLP's name finder on the Entity spans of the gold's curated documents or an annotator's finished ones. */
final class ModelTraining {

    /** The fewest Entity spans a model learns from. */
    static final int MIN_ANNOTATIONS = 10;

    /** The fewest documents with Entity spans a model learns from. */
    static final int MIN_DOCUMENTS = 2;

    /**
     * A trained model with what it learnt from.
     *
     * @param model the name finder model
     * @param from {@code gold} or the annotator's name
     * @param data the samples and counts it learnt from
     * @param language the language it was trained for
     * @param parameters OpenNLP's training parameters
     * @param progress how the training ran
     */
    record Trained(TokenNameFinderModel model, String from, TrainingData data, String language,
            Map<String, String> parameters, QuietProgress progress) {
    }

    private ModelTraining() {
    }

    /**
     * Trains on the annotations of {@code from} in those of {@code documents} that are curated (gold) or finished (an
     * annotator); the others are left out.
     */
    static Trained train(CorpusStore store, String from, List<Document> documents) throws SuggestException {
        boolean gold = CorpusLayout.GOLD.equals(from);
        if (!gold && store.annotator(from).isEmpty()) {
            throw new SuggestException(ModelRecommender.NAME + ": the corpus " + store.layout().dir()
                    + " has no annotator '" + from + "'; learn from the gold or from one of "
                    + store.corpus().getAnnotators().stream().map(a -> a.getName()).toList());
        }
        TrainingData data = new TrainingData(store.corpus().getSchema());
        Map<String, Integer> languages = new TreeMap<>();
        for (Document document : documents) {
            CAS cas = read(store, from, gold, document);
            if (cas != null) {
                data.add(document.getId(), document.getTextSha256(), cas);
                String language = document.getLanguage();
                languages.merge(language == null || language.isBlank() ? "en" : language, 1, Integer::sum);
            }
        }
        if (data.annotations() < MIN_ANNOTATIONS || data.documentsWithNames() < MIN_DOCUMENTS) {
            throw new SuggestException(ModelRecommender.NAME + ": learning names needs at least " + MIN_ANNOTATIONS
                    + " Entity annotations in at least " + MIN_DOCUMENTS + " documents, but the "
                    + (gold ? "curated gold documents" : "documents '" + from + "' finished") + " of the "
                    + documents.size() + " given hold " + data.annotations() + " in " + data.documentsWithNames()
                    + "; " + (gold ? "curate" : "finish") + " more documents with entities first");
        }
        String language = languages.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, String> parameters = parameters();
        TrainingParameters opennlp = new TrainingParameters();
        parameters.forEach(opennlp::put);
        try {
            // what NameFinderME.train does for an event trainer, with a monitor that does not log every iteration
            TokenNameFinderFactory factory = new TokenNameFinderFactory();
            Map<String, String> manifest = new HashMap<>();
            QuietProgress progress = new QuietProgress();
            EventTrainer trainer = TrainerFactory.getEventTrainer(opennlp, manifest,
                    new TrainingConfiguration(progress, null));
            MaxentModel maxent = trainer.train(new NameFinderEventStream(new CollectionObjectStream<>(data.samples()),
                    null, factory.createContextGenerator(), factory.createSequenceCodec()));
            TokenNameFinderModel model = new TokenNameFinderModel(language, maxent, NameFinderME.DEFAULT_BEAM_SIZE,
                    ModelGuard.defaultFeatures(), new HashMap<>(), manifest, factory.createSequenceCodec(), factory);
            return new Trained(model, from, data, language, parameters, progress);
        } catch (IOException | RuntimeException e) {
            throw new SuggestException(ModelRecommender.NAME + ": OpenNLP could not learn from the Entity spans of "
                    + from + " in " + store.layout().dir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns OpenNLP's training parameters: maximum entropy, every feature seen once counts (news corpora are small).
     */
    static Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, "100");
        parameters.put(TrainingParameters.CUTOFF_PARAM, "1");
        // one thread: the same data gives the same model
        parameters.put(TrainingParameters.THREADS_PARAM, "1");
        return parameters;
    }

    private static CAS read(CorpusStore store, String from, boolean gold, Document document) throws SuggestException {
        try {
            if (gold) {
                return store.goldState(document) == GoldState.CURATED ? store.readGold(document) : null;
            }
            return CorpusStore.state(document, from) == DocumentState.FINISHED && store.hasCas(document, from)
                    ? store.readCas(document, from)
                    : null;
        } catch (CorpusException e) {
            throw new SuggestException(ModelRecommender.NAME + ": cannot read the annotations of " + from
                    + " on document '" + document.getId() + "': " + e.getMessage(), e);
        }
    }
}
