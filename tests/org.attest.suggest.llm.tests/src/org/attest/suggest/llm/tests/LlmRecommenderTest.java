package org.attest.suggest.llm.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import com.fasterxml.jackson.databind.JsonNode;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.llm.LlmAnswer;
import org.attest.suggest.llm.LlmRecommender;
import org.attest.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The llm recommender against a real local server of both chat APIs: what it asks and how it aligns the answer. */
class LlmRecommenderTest {

    @TempDir
    Path tmp;

    @Test
    void anOllamaAnswerBecomesSuggestionsAtTheExactOffsetsOfEveryOccurrence() throws Exception {
        String text = Fixture.TEXT + " Ana Kovačić thanked the volunteers. Anastasia Banić left.";
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp, text)) {
            corpus.consented("ollama", server.url());
            server.answering("""
                    {"mentions": [{"text": "Ana Kovačić", "label": "PERSON"},
                                  {"text": "Lieva", "label": "location"},
                                  {"text": "Ana", "label": "PERSON"}]}""");
            LlmRecommender sut = corpus.recommender();

            List<Suggestion> suggestions = sut.suggest(corpus.context());

            int first = text.indexOf("Ana Kovačić");
            int second = text.indexOf("Ana Kovačić", first + 1);
            int lieva = text.indexOf("Lieva");
            assertThat(suggestions).extracting(Suggestion::recommender, Suggestion::layer, Suggestion::begin,
                    Suggestion::end, Suggestion::label).containsExactly(
                            tuple("llm", "Entity", lieva, lieva + 5, "LOCATION"),
                            tuple("llm", "Entity", first, first + 3, "PERSON"),
                            tuple("llm", "Entity", first, first + 11, "PERSON"),
                            tuple("llm", "Entity", second, second + 3, "PERSON"),
                            tuple("llm", "Entity", second, second + 11, "PERSON"));
            assertThat(suggestions).allSatisfy(s -> assertThat(s.score()).isEqualTo(0.5))
                    .allSatisfy(s -> assertThat(s.reason()).contains("tiny", server.url()));
            assertThat(text.substring(suggestions.get(2).begin(), suggestions.get(2).end())).isEqualTo("Ana Kovačić");
            JsonNode asked = server.received().get(0).body();
            assertThat(server.received()).singleElement().extracting(ChatServer.Received::path).isEqualTo("/api/chat");
            assertThat(asked.path("model").asText()).isEqualTo("tiny");
            assertThat(asked.path("format").asText()).isEqualTo("json");
            assertThat(asked.path("stream").asBoolean(true)).isFalse();
            assertThat(asked.path("messages").path(0).path("content").asText())
                    .startsWith("Find the names of people and places.")
                    .contains("PERSON, ORGANIZATION", "\"mentions\"");
            assertThat(asked.path("messages").path(1).path("content").asText()).isEqualTo(text);
        }
    }

    @Test
    void anOpenAiCompatibleEndpointIsAskedForAJsonObjectAtItsChatCompletionsPath() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("openai", server.url() + "/");
            server.answering("{\"mentions\": [{\"text\": \"Pašinjan\", \"label\": \"PERSON\"}]}");
            LlmRecommender sut = corpus.recommender();

            List<Suggestion> suggestions = sut.suggest(corpus.context());

            int at = Fixture.TEXT.indexOf("Pašinjan");
            assertThat(suggestions).extracting(Suggestion::begin, Suggestion::end, Suggestion::label)
                    .containsExactly(tuple(at, at + "Pašinjan".length(), "PERSON"));
            JsonNode asked = server.received().get(0).body();
            assertThat(server.received().get(0).path()).isEqualTo("/v1/chat/completions");
            assertThat(asked.path("response_format").path("type").asText()).isEqualTo("json_object");
            assertThat(asked.path("messages").path(1).path("content").asText()).isEqualTo(Fixture.TEXT);
        }
    }

    @Test
    void aQuotedMentionTheTextDoesNotHoldIsDroppedAndCountedWhereTheUserSeesIt() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("ollama", server.url());
            server.answering("""
                    {"mentions": [{"text": "Ana Kovačić", "label": "PERSON"},
                                  {"text": "Boris Vesnić", "label": "PERSON"},
                                  {"text": "Lieva", "label": "RIVER"}]}""");
            LlmRecommender sut = corpus.recommender();

            LlmAnswer answer = sut.ask(corpus.context());

            assertThat(answer.suggestions()).extracting(Suggestion::label).containsExactly("PERSON");
            assertThat(answer.notInText()).containsExactly("Entity: 'Boris Vesnić'");
            assertThat(answer.unknownLabels()).containsExactly("Entity: 'Lieva' as RIVER");
            assertThat(answer.dropped()).isEqualTo(2);
            assertThat(answer.summary()).isEqualTo("1 suggestion; 1 quoted mention not in the text, dropped:"
                    + " Entity: 'Boris Vesnić'; 1 mention with a label its layer does not have, dropped:"
                    + " Entity: 'Lieva' as RIVER");
            assertThat(answer.suggestions().get(0).reason()).endsWith("2 other quoted mentions of its answer were"
                    + " dropped (not in the text or an unknown label)");
        }
    }

    @Test
    void aClaimGetsItsValueQualifierAndUnitAndAValueOfTheWrongKindStaysUnsetAndCounted() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("llm.api = ollama", "llm.url = " + server.url(), "llm.model = tiny",
                    "prompt.Claim = Find the figures the article reports.");
            corpus.consent.grant(corpus.dir, server.url());
            server.answering("""
                    {"mentions": [{"text": "Up to 40 people are missing", "label": "statistic", "value": 40,
                                   "qualifier": "Up to", "unit": "people missing"},
                                  {"text": "Boats 🚤 came", "label": "event", "value": "many", "unit": "boats"}]}""");
            LlmRecommender sut = corpus.recommender();

            LlmAnswer answer = sut.ask(corpus.context());

            assertThat(answer.suggestions()).extracting(Suggestion::layer, Suggestion::label, Suggestion::features)
                    .containsExactly(
                            tuple("Claim", "statistic",
                                    java.util.Map.of("value", 40.0, "qualifier", "up to", "unit", "people missing")),
                            tuple("Claim", "event", java.util.Map.of("unit", "boats")));
            assertThat(answer.unsetFeatures()).containsExactly("Claim: 'Boats 🚤 came' value=\"many\"");
            assertThat(server.received().get(0).body().path("messages").path(0).path("content").asText())
                    .contains("\"value\": <a number", "\"qualifier\": \"<one of exact, up to");
        }
    }

    @Test
    void eachPromptedLayerIsAskedInAChatOfItsOwn() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("llm.api = ollama", "llm.url = " + server.url(), "llm.model = tiny",
                    "prompt.Cue = Find the words that attribute a statement.", "prompt.Entity = Find names.");
            corpus.consent.grant(corpus.dir, server.url());
            server.answering("{\"mentions\": [{\"text\": \"said\"}]}");
            LlmRecommender sut = corpus.recommender();

            LlmAnswer answer = sut.ask(corpus.context());

            assertThat(server.received()).extracting(r -> r.body().path("messages").path(0).path("content").asText())
                    .satisfiesExactly(cue -> assertThat(cue).startsWith("Find the words that attribute"),
                            entity -> assertThat(entity).startsWith("Find names."));
            // the cue layer's only tag is taken for a mention without a label; the entity layer has eight to choose
            // from
            assertThat(answer.suggestions()).extracting(Suggestion::layer, Suggestion::label)
                    .containsExactly(tuple("Cue", "CUE"));
            assertThat(answer.unknownLabels()).containsExactly("Entity: 'said' as nothing");
        }
    }

    @Test
    void aLongTextIsSentInPartsOfWholeSentencesAndEachAnswerIsAlignedWithinItsPart() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("llm.api = ollama", "llm.url = " + server.url(), "llm.model = tiny", "llm.chunk = 40",
                    "prompt.Entity = Find names.");
            corpus.consent.grant(corpus.dir, server.url());
            server.answering("{\"mentions\": [{\"text\": \"Ana Kovačić\", \"label\": \"PERSON\"},"
                    + " {\"text\": \"Pašinjan\", \"label\": \"PERSON\"}]}");
            LlmRecommender sut = corpus.recommender();

            LlmAnswer answer = sut.ask(corpus.context());

            int boats = Fixture.TEXT.indexOf("Boats");
            assertThat(server.received()).extracting(r -> r.body().path("messages").path(1).path("content").asText())
                    .containsExactly(Fixture.TEXT.substring(0, boats), Fixture.TEXT.substring(boats));
            int ana = Fixture.TEXT.indexOf("Ana Kovačić");
            int pasinjan = Fixture.TEXT.indexOf("Pašinjan");
            assertThat(answer.suggestions()).extracting(Suggestion::begin, Suggestion::end)
                    .containsExactly(tuple(ana, ana + 11), tuple(pasinjan, pasinjan + 8));
            assertThat(answer.notInText()).containsExactly("Entity: 'Pašinjan'", "Entity: 'Ana Kovačić'");
        }
    }

    @Test
    void itIsInstalledUnderItsNameAndSaysItSendsTextOut() {
        Recommender sut = Recommenders.all().stream().filter(r -> r.name().equals("llm")).findFirst().orElseThrow();

        assertThat(sut).isInstanceOf(LlmRecommender.class);
        assertThat(sut.sendsTextOut()).isTrue();
        assertThat(sut.layers()).contains("Entity", "Claim", "Cue", "Source");
        assertThat(ServiceLoader.load(Recommender.class, LlmRecommender.class.getClassLoader()).stream()
                .map(p -> p.type().getName())).contains(LlmRecommender.class.getName());
    }
}
