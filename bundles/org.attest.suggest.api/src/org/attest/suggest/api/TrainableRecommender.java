package org.attest.suggest.api;

import java.util.List;

import org.attest.model.Document;
import org.attest.store.CorpusStore;

/** A recommender that learns from annotated documents, such as a name finder trained on the gold. */
public interface TrainableRecommender extends Recommender {

    /**
     * Trains on the annotations of {@code from} (the gold, or an annotator's name) in {@code documents} and returns a
     * recommender that uses what it learnt, kept in memory only: cross-validation trains one per fold.
     *
     * @throws SuggestException when the documents hold too little to learn from, saying how much is needed
     */
    Recommender trainedOn(CorpusStore store, String from, List<Document> documents) throws SuggestException;

    /**
     * Trains on the annotations of {@code from} in {@code documents} and stores the model in the corpus with what it
     * was trained on, so that {@link #suggest} uses it from then on; the store must be open for writing.
     *
     * @return what was trained, for the user to read
     * @throws SuggestException when the documents hold too little to learn from or the model cannot be stored
     */
    Training train(CorpusStore store, String from, List<Document> documents) throws SuggestException;

    /**
     * What a training stored.
     *
     * @param recommender the recommender's name
     * @param from the annotation set it learnt from: {@code gold} or an annotator's name
     * @param documents how many documents it learnt from
     * @param annotations how many annotations it learnt from
     * @param labels the labels it learnt, sorted
     * @param files the corpus files it wrote, relative to the corpus folder with {@code /} separators
     */
    record Training(String recommender, String from, int documents, int annotations, List<String> labels,
            List<String> files) {
    }
}
