package org.attest.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.TrainableRecommender;

/**
 * Measures recommenders against a reference, the curated gold or one annotator's finished work: precision, recall and
 * F1 per recommender and label, a suggestion counting as right when a reference span has the same layer, offsets and
 * label. A trainable recommender is measured by K-fold cross-validation: trained on the other folds for each fold.
 */
public final class Evaluation {

    /** The label of the row that sums a recommender's labels. */
    public static final String ALL = "all";

    /**
     * How one recommender did on one label.
     *
     * @param recommender the recommender's name
     * @param label the layer and label, such as {@code Entity/PERSON}, or {@value #ALL}
     * @param truePositives suggestions matching a reference span
     * @param falsePositives suggestions matching none
     * @param falseNegatives reference spans no suggestion matched
     */
    public record Score(String recommender, String label, int truePositives, int falsePositives,
            int falseNegatives) {

        /** Returns the share of suggestions that were right, NaN when there were none. */
        public double precision() {
            return (double) truePositives / (truePositives + falsePositives);
        }

        /** Returns the share of reference spans suggested, NaN when there were none. */
        public double recall() {
            return (double) truePositives / (truePositives + falseNegatives);
        }

        /** Returns the harmonic mean of precision and recall, NaN when either is. */
        public double f1() {
            return 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
        }
    }

    /**
     * The evaluation of several recommenders.
     *
     * @param from the reference: {@code gold} or an annotator's name
     * @param documents how many reference documents there were
     * @param scores per recommender its labels in name order, then its {@value #ALL} row
     * @param failures what failed, per recommender; a failed document counts its reference spans as missed
     */
    public record Report(String from, int documents, List<Score> scores, List<SuggestionService.Failure> failures) {
    }

    private final CorpusStore store;

    /** Creates the evaluation for the corpus of {@code store}. */
    public Evaluation(CorpusStore store) {
        this.store = store;
    }

    /**
     * Returns the documents {@code from} has finished: with a curated gold for {@code gold}, else those the annotator
     * marked finished; in corpus order.
     */
    public List<Document> reference(String from) throws CorpusException {
        List<Document> result = new ArrayList<>();
        for (Document document : store.corpus().getDocuments()) {
            boolean done = CorpusLayout.GOLD.equals(from)
                    ? store.goldState(document) == GoldState.CURATED
                    : CorpusStore.state(document, from) == DocumentState.FINISHED && store.hasCas(document, from);
            if (done) {
                result.add(document);
            }
        }
        return result;
    }

    /**
     * Evaluates {@code recommenders} against {@code from}, a trainable one with {@code folds} folds (at least 2).
     *
     * @throws CorpusException naming the file when a CAS cannot be read
     */
    public Report evaluate(String from, List<Recommender> recommenders, int folds) throws CorpusException {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        }
        List<Document> documents = reference(from);
        Map<String, Set<String>> reference = new TreeMap<>();
        for (Document document : documents) {
            reference.put(document.getId(), spans(read(document, from)));
        }
        List<Score> scores = new ArrayList<>();
        List<SuggestionService.Failure> failures = new ArrayList<>();
        for (Recommender recommender : recommenders) {
            Map<String, int[]> counts = new TreeMap<>();
            if (recommender instanceof TrainableRecommender trainable) {
                for (int fold = 0; fold < folds; fold++) {
                    List<Document> test = new ArrayList<>();
                    List<Document> train = new ArrayList<>();
                    for (int i = 0; i < documents.size(); i++) {
                        (i % folds == fold ? test : train).add(documents.get(i));
                    }
                    Recommender trained = trainedOn(trainable, from, train, fold, failures);
                    for (Document document : test) {
                        count(trained, recommender, document,
                                reference.get(document.getId()), counts, failures);
                    }
                }
            } else {
                for (Document document : documents) {
                    count(recommender, recommender, document, reference.get(document.getId()), counts, failures);
                }
            }
            int[] all = new int[3];
            counts.forEach((label, c) -> {
                scores.add(new Score(recommender.name(), label, c[0], c[1], c[2]));
                for (int i = 0; i < 3; i++) {
                    all[i] += c[i];
                }
            });
            scores.add(new Score(recommender.name(), ALL, all[0], all[1], all[2]));
        }
        return new Report(from, documents.size(), scores, failures);
    }

    private Recommender trainedOn(TrainableRecommender trainable, String from, List<Document> train, int fold,
            List<SuggestionService.Failure> failures) {
        try {
            return trainable.trainedOn(store, from, train);
        } catch (SuggestException | RuntimeException e) {
            failures.add(new SuggestionService.Failure(trainable.name(), "fold " + (fold + 1) + ": " + e.getMessage()));
            return null;
        }
    }

    // Counts one document: the recommender's suggestions against the reference spans of the layers it proposes.
    private void count(Recommender run, Recommender measured, Document document, Set<String> reference,
            Map<String, int[]> counts, List<SuggestionService.Failure> failures) throws CorpusException {
        Set<String> proposed = new HashSet<>();
        if (run != null) {
            CAS cas = store.newCas(document);
            SuggestionService.Raw raw = new SuggestionService(store).propose(document, cas, List.of(run));
            raw.failures().forEach(
                    f -> failures.add(new SuggestionService.Failure(measured.name(), f.message(), f.remedy())));
            raw.suggestions().forEach(s -> proposed.add(key(s)));
        }
        for (String key : proposed) {
            counts.computeIfAbsent(label(key), k -> new int[3])[reference.contains(key) ? 0 : 1]++;
        }
        for (String key : reference) {
            if (measured.layers().contains(key.substring(0, key.indexOf('\t'))) && !proposed.contains(key)) {
                counts.computeIfAbsent(label(key), k -> new int[3])[2]++;
            }
        }
    }

    private CAS read(Document document, String from) throws CorpusException {
        return CorpusLayout.GOLD.equals(from) ? store.readGold(document) : store.readCas(document, from);
    }

    private Set<String> spans(CAS cas) {
        Layers layers = new Layers(cas, store.corpus().getSchema());
        Set<String> keys = new HashSet<>();
        for (var layer : Schemas.spanLayers(store.corpus().getSchema())) {
            for (AnnotationFS fs : layers.spans(layer.getName())) {
                keys.add(key(layer.getName(), fs.getBegin(), fs.getEnd(), layers.label(fs)));
            }
        }
        return keys;
    }

    private static String key(Suggestion s) {
        return key(s.layer(), s.begin(), s.end(), s.label());
    }

    private static String key(String layer, int begin, int end, String label) {
        return layer + '\t' + (label == null ? "" : label) + '\t' + begin + '\t' + end;
    }

    private static String label(String key) {
        String[] parts = key.split("\t", -1);
        return parts[1].isEmpty() ? parts[0] : parts[0] + "/" + parts[1];
    }
}
