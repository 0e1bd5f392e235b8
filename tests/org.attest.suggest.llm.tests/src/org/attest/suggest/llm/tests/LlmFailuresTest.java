package org.attest.suggest.llm.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.SuggestionContext;
import org.attest.testing.CorpusFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the endpoint can fail gives a named error and no suggestions, and leaves the document and the corpus as
 * they were; without the user's consent nothing is sent at all.
 */
class LlmFailuresTest {

    @TempDir
    Path tmp;

    @Test
    void anAnswerThatIsNotTheJsonAskedForIsANamedErrorAndChangesNothing() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("ollama", server.url());
            server.answering("{\"mentions\": [{\"text\": \"Ana Kovačić\", \"label\": \"PERSON\"}, {\"text\": ");

            String message = failure(corpus);

            assertThat(message).startsWith("llm: the answer of the model tiny at " + server.url())
                    .contains("is not the JSON asked for", "not JSON");
        }
    }

    @Test
    void aMentionWithoutQuotedWordsMakesTheWholeAnswerMalformed() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("ollama", server.url());
            server.answering("{\"mentions\": [{\"text\": \"Ana Kovačić\", \"label\": \"PERSON\"}, {\"label\": 3}]}");

            assertThat(failure(corpus)).contains("the mention {\"label\":3} is not an object with a string \"text\"");
        }
    }

    @Test
    void anEnvelopeOfAnotherApiIsANamedErrorThatPointsAtTheApiSetting() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("ollama", server.url());
            server.answeringRaw(200, "{\"choices\": []}");

            assertThat(failure(corpus)).startsWith("llm: " + server.url() + "/api/chat answered something other than"
                    + " the ollama chat answer: it has no message.content; check llm.api");
        }
    }

    @Test
    void anHttpErrorIsNamedWithItsStatusAndWhatTheServerSaid() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("openai", server.url());
            server.answeringRaw(500, "{\"error\": \"model crashed\"}");

            assertThat(failure(corpus)).isEqualTo("llm: " + server.url() + "/v1/chat/completions answered HTTP 500: "
                    + "{\"error\": \"model crashed\"}");
        }
    }

    @Test
    void aSlowAnswerTimesOutWithTheTimeoutNamed() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("llm.api = ollama", "llm.url = " + server.url(), "llm.model = tiny", "llm.timeout = 1",
                    "prompt.Entity = Find names.");
            corpus.consent.grant(corpus.dir, server.url());
            server.slow(4000);
            long start = System.nanoTime();

            String message = failure(corpus);

            assertThat(message).startsWith("llm: " + server.url() + "/api/chat did not answer within 1 seconds;"
                    + " raise llm.timeout in");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3500);
        }
    }

    @Test
    void aRefusedConnectionIsNamedWithTheEndpoint() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (LlmCorpus corpus = new LlmCorpus(tmp)) {
            String url = "http://127.0.0.1:" + closed;
            corpus.consented("ollama", url);

            assertThat(failure(corpus)).startsWith("llm: " + url + "/api/chat refused the connection; start the"
                    + " model's server or correct llm.url in");
        }
    }

    @Test
    void withoutConsentNothingIsSentAndTheErrorNamesTheRemedy() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("ollama", server.url());
            server.answering("{\"mentions\": [{\"text\": \"Ana Kovačić\", \"label\": \"PERSON\"}]}");

            SuggestException e = catchThrowableOfType(SuggestException.class,
                    () -> corpus.recommender().suggest(corpus.context()));

            assertThat(e.remedy()).isEqualTo(SuggestException.Remedy.GRANT_CONSENT);
            assertThat(e.getMessage()).contains("the language model is off for the corpus", server.url(),
                    "nothing was sent");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void aConsentIsVoidedWhenTheUrlChangesSoASyncedSettingsFileSendsNothing() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("ollama", server.url());
            server.answering("{\"mentions\": [{\"text\": \"Ana Kovačić\", \"label\": \"PERSON\"}]}");
            assertThat(corpus.recommender().suggest(corpus.context())).hasSize(1);
            String moved = server.url().replace("127.0.0.1", "localhost");
            corpus.settings("ollama", moved);

            SuggestException e = catchThrowableOfType(SuggestException.class,
                    () -> corpus.recommender().suggest(corpus.context()));

            assertThat(e.remedy()).isEqualTo(SuggestException.Remedy.GRANT_CONSENT);
            assertThat(e.getMessage()).contains(moved);
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void theRemedyOfAFailureThatIsNotAboutConsentIsNone() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("ollama", server.url());
            server.answeringRaw(503, "");

            SuggestException e = catchThrowableOfType(SuggestException.class,
                    () -> corpus.recommender().suggest(corpus.context()));

            assertThat(e.remedy()).isEqualTo(SuggestException.Remedy.NONE);
            assertThat(e.getMessage()).isEqualTo("llm: " + server.url() + "/api/chat answered HTTP 503");
        }
    }

    // the failure's message, after checking that neither the document's CAS nor a file of the corpus changed
    private static String failure(LlmCorpus corpus) throws Exception {
        Map<String, String> before = CorpusFolder.snapshot(corpus.dir);
        SuggestionContext context = corpus.context();
        CAS cas = context.cas();
        int annotations = cas.getAnnotationIndex().size();

        SuggestException e = catchThrowableOfType(SuggestException.class,
                () -> corpus.recommender().suggest(context));

        assertThat(e).as("the failure").isNotNull();
        assertThat(cas.getAnnotationIndex().size()).isEqualTo(annotations);
        assertThat(cas.getDocumentText()).isEqualTo(corpus.text());
        assertThat(CorpusFolder.snapshot(corpus.dir)).isEqualTo(before);
        return e.getMessage();
    }
}
