package org.attest.suggest.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.suggest.Evaluation;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;
import org.attest.suggest.api.TrainableRecommender;
import org.attest.suggest.rules.CuesRecommender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    @TempDir
    Path tmp;

    @Test
    void thatPrecisionRecallAndF1CountExactSpansAndLabelsAgainstAnAnnotator() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", "Ana said it rained. Ben told us so, he added.", "en");
            finished(texts.store(), document, "anna", "said", "told", "us");
            Evaluation.Report report = new Evaluation(texts.store()).evaluate("anna", List.of(new CuesRecommender()),
                    2);
            // proposed: said, told, added; anna: said, told, us
            assertThat(report.scores()).extracting(Evaluation.Score::label, Evaluation.Score::truePositives,
                    Evaluation.Score::falsePositives, Evaluation.Score::falseNegatives)
                    .containsExactly(tuple("Cue/CUE", 2, 1, 1), tuple("all", 2, 1, 1));
            assertThat(report.scores().get(0).precision()).isEqualTo(2.0 / 3);
            assertThat(report.scores().get(0).f1()).isEqualTo(2.0 / 3);
        }
    }

    @Test
    void thatATrainableRecommenderIsMeasuredOnFoldsItWasNotTrainedOn() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            String[] texts4 = {"Ana said so.", "Ben said so.", "Cleo said so.", "Dan wrote so."};
            for (int i = 0; i < texts4.length; i++) {
                Document document = texts.add("d" + i, texts4[i], "en");
                finished(texts.store(), document, "anna", i == 3 ? "wrote" : "said");
            }
            Evaluation.Report report = new Evaluation(texts.store()).evaluate("anna", List.of(new Memory(null)), 4);
            // each "said" is learnt from the two other documents that have it; "wrote" is in one document only
            assertThat(report.scores()).extracting(Evaluation.Score::label, Evaluation.Score::truePositives,
                    Evaluation.Score::falsePositives, Evaluation.Score::falseNegatives)
                    .containsExactly(tuple("Cue/CUE", 3, 0, 1), tuple("all", 3, 0, 1));
        }
    }

    @Test
    void thatOnlyFinishedDocumentsAreTheReference() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document done = texts.add("a", "Ana said so.", "en");
            texts.add("b", "Ben said so.", "en");
            finished(texts.store(), done, "anna", "said");
            assertThat(new Evaluation(texts.store()).reference("anna")).containsExactly(done);
            assertThat(new Evaluation(texts.store()).reference("gold")).isEmpty();
        }
    }

    private static void finished(CorpusStore store, Document document, String annotator, String... cues)
            throws Exception {
        CAS cas = store.readCas(document, annotator);
        Layers layers = new Layers(cas, store.corpus().getSchema());
        String text = cas.getDocumentText();
        for (String cue : cues) {
            int at = text.indexOf(cue);
            layers.addSpan("Cue", at, at + cue.length(), Map.of("type", "CUE"));
        }
        store.writeCas(document, annotator, cas);
        store.setState(document, store.ensureAnnotator(annotator), DocumentState.FINISHED);
        store.saveModel();
    }

    /** Learns the cue words of the documents it is trained on and proposes them wherever they occur. */
    private record Memory(Set<String> words) implements TrainableRecommender {

        @Override
        public String name() {
            return "memory";
        }

        @Override
        public String description() {
            return "cue words seen in training";
        }

        @Override
        public Set<String> layers() {
            return Set.of("Cue");
        }

        @Override
        public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
            if (words == null) {
                throw new SuggestException("memory: not trained; train it first");
            }
            List<Suggestion> result = new ArrayList<>();
            for (String word : words) {
                for (int at = context.text().indexOf(word); at >= 0; at = context.text().indexOf(word, at + 1)) {
                    result.add(new Suggestion("memory", "Cue", at, at + word.length(), "CUE", Map.of(), 0.5, ""));
                }
            }
            return result;
        }

        @Override
        public Recommender trainedOn(CorpusStore store, String from, List<Document> documents)
                throws SuggestException {
            Set<String> learnt = new java.util.HashSet<>();
            for (Document document : documents) {
                try {
                    CAS cas = store.readCas(document, from);
                    for (AnnotationFS fs : new Layers(cas, store.corpus().getSchema()).spans("Cue")) {
                        learnt.add(fs.getCoveredText());
                    }
                } catch (org.attest.store.CorpusException e) {
                    throw new SuggestException("memory: " + e.getMessage(), e);
                }
            }
            return new Memory(learnt);
        }

        @Override
        public Training train(CorpusStore store, String from, List<Document> documents) {
            throw new UnsupportedOperationException("kept in memory only");
        }
    }
}
