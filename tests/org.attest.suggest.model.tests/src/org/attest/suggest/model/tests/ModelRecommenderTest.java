package org.attest.suggest.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;
import org.attest.suggest.api.TrainableRecommender.Training;
import org.attest.suggest.model.ModelFolder;
import org.attest.suggest.model.ModelRecommender;
import org.attest.testing.CorpusFolder;
import org.attest.testing.GoldStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRecommenderTest {

    @TempDir
    Path tmp;

    private final ModelRecommender sut = new ModelRecommender();
    private CorpusStore store;
    private List<Document> documents;
    private Document heldOut;

    @BeforeEach
    void createCorpus() throws Exception {
        store = NewsCorpus.create(tmp.resolve("corpus"), 24);
        List<Document> all = List.copyOf(store.corpus().getDocuments());
        documents = all.subList(0, all.size() - 1);
        heldOut = all.getLast();
    }

    @AfterEach
    void closeCorpus() throws Exception {
        store.close();
    }

    @Test
    void thatAModelTrainedOnAnAnnotatorFindsMostOfHerNamesInADocumentItHasNotSeen() throws Exception {
        sut.train(store, "anna", documents);

        List<Suggestion> suggestions = sut.suggest(context(heldOut));

        Set<String> annas = entities(store.readCas(heldOut, "anna"));
        Set<String> suggested = suggestions.stream().map(s -> s.begin() + "-" + s.end() + " " + s.label())
                .collect(Collectors.toSet());
        assertThat(annas).hasSizeGreaterThan(4);
        assertThat(suggested.stream().filter(annas::contains).count()).isGreaterThanOrEqualTo(annas.size() * 3 / 4);
        assertThat(suggestions).allSatisfy(s -> {
            assertThat(s.recommender()).isEqualTo("model");
            assertThat(s.layer()).isEqualTo(DefaultSchema.ENTITY);
            assertThat(s.score()).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(s.reason()).contains(s.label()).contains("probability");
        });
        assertThat(suggestions).isSortedAccordingTo(java.util.Comparator.comparingInt(Suggestion::begin));
    }

    @Test
    void thatTrainingStoresTheModelWithWhatItLearntFrom() throws Exception {
        Training training = sut.train(store, "anna", documents);

        ModelFolder folder = new ModelFolder(store.layout().dir());
        assertThat(training.recommender()).isEqualTo("model");
        assertThat(training.from()).isEqualTo("anna");
        assertThat(training.documents()).isEqualTo(documents.size());
        assertThat(training.labels()).containsExactly("GPE", "LOCATION", "ORGANIZATION", "PERSON");
        assertThat(training.files()).containsExactly("models/model/name-finder.bin", "models/model/training.json");
        String json = Files.readString(folder.training());
        assertThat(json).contains("\"from\" : \"anna\"", "\"textSha256\" : \"" + documents.get(3).getTextSha256(),
                "\"modelSha256\" : \"" + Hashes.sha256(Files.readAllBytes(folder.model())),
                "\"evaluation\" : \"models/model/evaluation.json\"", "\"Iterations\" : \"100\"", "\"iterations\" : ");
        int annotations = documents.stream().mapToInt(d -> count(d)).sum();
        assertThat(training.annotations()).isEqualTo(annotations);
    }

    @Test
    void thatSpansItCannotLearnAreCountedNotDropped() throws Exception {
        int annotations = documents.stream().mapToInt(d -> count(d)).sum();
        Document document = documents.getFirst();
        CAS cas = store.readCas(document, "anna");
        Layers layers = new Layers(cas, store.corpus().getSchema());
        AnnotationFS first = layers.spans(DefaultSchema.ENTITY).getFirst();
        layers.addSpan(DefaultSchema.ENTITY, first.getBegin() + 1, first.getEnd(), Map.of("type", "PERSON"));
        layers.addSpan(DefaultSchema.ENTITY, first.getBegin(), first.getEnd(), Map.of());
        store.writeCas(document, "anna", cas);

        Training training = sut.train(store, "anna", documents);

        assertThat(training.annotations()).isEqualTo(annotations);
        assertThat(Files.readString(new ModelFolder(store.layout().dir()).training()))
                .contains("\"not on token boundaries\" : 1", "\"without a label\" : 1");
    }

    @Test
    void thatTrainingAgainRemovesTheEvaluationOfTheOldModel() throws Exception {
        sut.train(store, "anna", documents);
        Path evaluation = new ModelFolder(store.layout().dir()).evaluation();
        Files.writeString(evaluation, "{\"f1\": 0.9}");

        sut.train(store, "anna", documents.subList(0, 12));

        assertThat(evaluation).doesNotExist();
        assertThat(Files.readString(new ModelFolder(store.layout().dir()).training())).doesNotContain("report-13");
    }

    @Test
    void thatTheGoldTeachesOnlyItsCuratedDocuments() throws Exception {
        for (Document document : documents.subList(0, 5)) {
            store.writeGold(document, store.readCas(document, "anna"));
            GoldStates.set(store, document, GoldState.CURATED);
        }
        store.writeGold(documents.get(5), store.readCas(documents.get(5), "anna"));
        GoldStates.set(store, documents.get(5), GoldState.IN_CURATION);

        Training training = sut.train(store, "gold", documents);

        assertThat(training.documents()).isEqualTo(5);
        assertThat(training.annotations()).isEqualTo(documents.subList(0, 5).stream().mapToInt(d -> count(d)).sum());
    }

    @Test
    void thatTooLittleToLearnFromSaysHowMuchIsNeeded() {
        assertThatThrownBy(() -> sut.train(store, "anna", documents.subList(0, 1)))
                .isInstanceOf(SuggestException.class)
                .hasMessageContaining("at least 10 Entity annotations in at least 2 documents")
                .hasMessageContaining("hold " + count(documents.getFirst()) + " in 1");
        assertThat(new ModelFolder(store.layout().dir()).dir()).doesNotExist();
    }

    @Test
    void thatAnUnfinishedAnnotatorsWorkIsNotLearnt() throws Exception {
        for (Document document : documents) {
            store.writeCas(document, "ben", store.readCas(document, "anna"));
            store.setState(document, store.ensureAnnotator("ben"), org.attest.model.DocumentState.IN_PROGRESS);
        }

        assertThatThrownBy(() -> sut.train(store, "ben", documents)).isInstanceOf(SuggestException.class)
                .hasMessageContaining("documents 'ben' finished").hasMessageContaining("hold 0 in 0");
    }

    @Test
    void thatAnUnknownAnnotatorIsNamedWithTheOnesThereAre() {
        assertThatThrownBy(() -> sut.train(store, "carla", documents)).isInstanceOf(SuggestException.class)
                .hasMessageContaining("no annotator 'carla'").hasMessageContaining("[anna]");
    }

    @Test
    void thatSuggestingBeforeAnyTrainingSaysWhichFileIsMissingAndToTrain() {
        assertThatThrownBy(() -> sut.suggest(context(heldOut))).isInstanceOf(SuggestException.class)
                .hasMessageContaining("models/model/name-finder.bin is missing").hasMessageContaining("train");
    }

    @Test
    void thatTrainingInMemoryWritesNothingToTheCorpusYetSuggests() throws Exception {
        var before = CorpusFolder.snapshot(store.layout().dir());

        Recommender fold = sut.trainedOn(store, "anna", documents);

        assertThat(CorpusFolder.snapshot(store.layout().dir())).isEqualTo(before);
        assertThat(fold.name()).isEqualTo("model");
        assertThat(fold.suggest(context(heldOut))).isNotEmpty();
    }

    @Test
    void thatAReadOnlyCorpusIsNotTrained() throws Exception {
        store.close();
        try (CorpusStore readOnly = CorpusStore.open(tmp.resolve("corpus"), CorpusStore.Mode.READ, "test")) {
            assertThatThrownBy(() -> sut.train(readOnly, "anna", List.copyOf(readOnly.corpus().getDocuments())))
                    .isInstanceOf(SuggestException.class).hasMessageContaining("read-only");
        } finally {
            store = CorpusStore.open(tmp.resolve("corpus"), CorpusStore.Mode.WRITE, "test");
        }
    }

    @Test
    void thatTheWorkbenchFindsItByItsName() throws Exception {
        assertThat(Recommenders.named("model")).isInstanceOf(ModelRecommender.class);
    }

    private SuggestionContext context(Document document) throws Exception {
        return new SuggestionContext(store, document, store.readCas(document, "nobody"), "en");
    }

    private int count(Document document) {
        try {
            return entities(store.readCas(document, "anna")).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> entities(CAS cas) {
        Layers layers = new Layers(cas, store.corpus().getSchema());
        return layers.spans(DefaultSchema.ENTITY).stream()
                .map((AnnotationFS e) -> e.getBegin() + "-" + e.getEnd() + " " + layers.label(e))
                .collect(Collectors.toSet());
    }
}
