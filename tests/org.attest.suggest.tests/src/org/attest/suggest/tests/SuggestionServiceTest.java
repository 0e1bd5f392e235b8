package org.attest.suggest.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.suggest.Rejections;
import org.attest.suggest.SuggestionService;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.rules.CuesRecommender;
import org.attest.suggest.rules.FiguresRecommender;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionServiceTest {

    @TempDir
    Path tmp;

    @Test
    void thatWhatTheCasHoldsIsLeftOutAndCounted() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            CAS cas = texts.store().readCas(document, "anna");
            String text = cas.getDocumentText();
            int said = text.indexOf("said");
            new Layers(cas, texts.store().corpus().getSchema()).addSpan("Cue", said, said + 4, Map.of("type", "CUE"));
            SuggestionService sut = new SuggestionService(texts.store());
            SuggestionService.Result result = sut.compute(document, "anna", cas, List.of(new CuesRecommender()));
            assertThat(result.held()).isEqualTo(1);
            assertThat(result.suggestions()).noneMatch(s -> s.begin() == said).isNotEmpty();
        }
    }

    @Test
    void thatARejectedSuggestionIsNotProposedAgain() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            CAS cas = texts.store().readCas(document, "anna");
            SuggestionService sut = new SuggestionService(texts.store());
            List<Suggestion> before = sut.compute(document, "anna", cas, List.of(new FiguresRecommender()))
                    .suggestions();
            Suggestion rejected = before.get(0);
            Rejections.reject(texts.store(), "anna", document, rejected);
            SuggestionService.Result after = sut.compute(document, "anna", cas, List.of(new FiguresRecommender()));
            assertThat(after.suggestions()).hasSize(before.size() - 1).doesNotContain(rejected);
            assertThat(after.rejected()).isEqualTo(1);
            assertThat(texts.store().layout().dir().resolve("suggestions/anna/rejected/a.json")).isRegularFile();
            assertThat(sut.compute(document, "ben", cas, List.of(new FiguresRecommender())).suggestions())
                    .isEqualTo(before);
        }
    }

    @Test
    void thatAFailingRecommenderIsReportedByNameAndTheOthersStillRun() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            CAS cas = texts.store().readCas(document, "anna");
            SuggestionService sut = new SuggestionService(texts.store());
            SuggestionService.Result result = sut.compute(document, "anna", cas, List.of(
                    Texts.failing("llm", new SuggestException("llm: the endpoint refused the connection")),
                    new CuesRecommender(), Texts.failing("broken", new IllegalStateException("bug"))));
            assertThat(result.failures()).extracting(SuggestionService.Failure::recommender).containsExactly("llm",
                    "broken");
            assertThat(result.failures().get(1).message()).contains("document 'a'").contains("bug");
            assertThat(result.countPerRecommender()).containsOnlyKeys("cues");
        }
    }

    @Test
    void thatADamagedRejectionFileIsReportedWithItsName() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", "Up to 40 people are missing.", "en");
            Path file = texts.store().layout().dir().resolve("suggestions/anna/rejected/a.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{\"suggestions\": [{\"layer\": 3}]}");
            CAS cas = texts.store().readCas(document, "anna");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SuggestionService(texts.store())
                    .compute(document, "anna", cas, List.of(new FiguresRecommender())))
                    .hasMessageContaining(file.toString()).hasMessageContaining("suggestion 1");
        }
    }

    @Test
    void thatTheSameAnnotationFromTwoRecommendersIsShownOnceWithTheHigherScore() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", "Up to 40 people are missing.", "en");
            CAS cas = texts.store().readCas(document, "anna");
            SuggestionService.Result result = new SuggestionService(texts.store()).compute(document, "anna", cas,
                    List.of(new FiguresRecommender(), new FiguresRecommender()));
            assertThat(result.suggestions()).extracting(Suggestion::begin, Suggestion::end)
                    .containsExactly(tuple(0, 15));
            assertThat(result.repeated()).isEqualTo(1);
        }
    }
}
