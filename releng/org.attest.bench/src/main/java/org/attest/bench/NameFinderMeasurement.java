package org.attest.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.SuggestionContext;
import org.attest.suggest.api.TrainableRecommender.Training;
import org.attest.suggest.model.ModelRecommender;

/**
 * The trained recommender {@code model} proposing Entity spans for the sampled documents (each annotator CAS read by
 * the store, then OpenNLP's name finder over its sentences), in documents per second, against reading and
 * {@code CasIOUtils.load}ing the same CASes; training on one annotator's finished work is set-up, not timed.
 */
final class NameFinderMeasurement implements Measurement {

    /** The row's operation. */
    static final String OPERATION = "model suggestions (docs/s)";

    /** The fewest documents per second the trained model must suggest for. */
    static final double TARGET = 50;

    /** How many documents the model learns from at most; learning is not what the row times. */
    private static final int TRAINING_DOCUMENTS = 100;

    private static final String ANNOTATOR = SyntheticCorpus.ANNOTATORS.get(0);

    @Override
    public boolean sizeIndependent() {
        return true;
    }

    @Override
    public String name() {
        return "suggest-model";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        // the annotators' finished CASes, which the agreement measurement writes when it ran before at this size
        CorpusStore store = w.store();
        FinishedWork.ensure(store, w.corpus());
        List<Document> all = store.corpus().getDocuments();
        ModelRecommender sut = new ModelRecommender();
        Training training = sut.train(store, ANNOTATOR, all.subList(0, Math.min(TRAINING_DOCUMENTS, all.size())));
        List<Document> sample = w.sample().stream().map(all::get).toList();
        int[] suggestions = new int[1];
        long[] medians = Timings.alternatingMedians(w.rounds(), () -> timeAttest(store, sut, sample, suggestions),
                () -> timePlain(w, store, sample));
        String note = String.format(Locale.ROOT,
                "median of %d runs over %d sampled docs, %d suggestions; model learnt (untimed) from %s's %d"
                        + " Entity spans in %d docs; baseline: read + CasIOUtils.load of the same CASes",
                w.rounds(), sample.size(), suggestions[0], ANNOTATOR, training.annotations(), training.documents());
        return List.of(Result.rate(OPERATION, w.size(), "docs/s", sample.size() / (medians[0] / 1e9),
                sample.size() / (medians[1] / 1e9), TARGET, note));
    }

    private static long timeAttest(CorpusStore store, ModelRecommender sut, List<Document> sample, int[] suggestions)
            throws Exception {
        long start = System.nanoTime();
        int found = 0;
        for (Document document : sample) {
            CAS cas = store.readCas(document, ANNOTATOR);
            found += sut.suggest(new SuggestionContext(store, document, cas, document.getLanguage())).size();
        }
        long time = System.nanoTime() - start;
        if (found == 0) {
            throw new IllegalStateException("the trained model suggested nothing for the bench corpus");
        }
        suggestions[0] = found;
        return time;
    }

    private static long timePlain(Workload w, CorpusStore store, List<Document> sample) throws Exception {
        long start = System.nanoTime();
        for (Document document : sample) {
            CAS cas = w.plain().load(Files.readAllBytes(store.layout().cas(document.getId(), ANNOTATOR)));
            if (cas.getDocumentText() == null) {
                throw new IllegalStateException("a loaded CAS has no text");
            }
        }
        return System.nanoTime() - start;
    }
}
