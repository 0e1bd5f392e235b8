package org.attest.suggest.llm.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.attest.suggest.api.SuggestException;
import org.attest.suggest.llm.LlmSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus's {@code settings/llm.properties}: read strictly, every problem named with the file and the key. */
class LlmSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void aCompleteFileIsReadWithItsPromptsAndTimeout() throws Exception {
        try (LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("llm.api = OpenAI", "llm.url = https://models.example.org/team", "llm.model = m-7b",
                    "llm.timeout = 30", "llm.chunk = 2000", "prompt.Entity = Find names.",
                    "prompt.Cue = Find cue words.");

            LlmSettings sut = LlmSettings.read(corpus.dir, corpus.store.corpus().getSchema());

            assertThat(sut.api()).isEqualTo(LlmSettings.Api.OPENAI);
            assertThat(sut.endpoint()).hasToString("https://models.example.org/team/v1/chat/completions");
            assertThat(sut.model()).isEqualTo("m-7b");
            assertThat(sut.timeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(sut.chunk()).isEqualTo(2000);
            assertThat(sut.prompts()).isEqualTo(Map.of("Cue", "Find cue words.", "Entity", "Find names."));
        }
    }

    @Test
    void withoutATimeoutOrChunkTheDefaultsAreUsed() throws Exception {
        try (LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("llm.api = ollama", "llm.url = http://127.0.0.1:11434", "llm.model = m",
                    "prompt.Entity = Find names.");

            LlmSettings sut = LlmSettings.read(corpus.dir, corpus.store.corpus().getSchema());

            assertThat(sut.timeout()).isEqualTo(Duration.ofSeconds(LlmSettings.DEFAULT_TIMEOUT_SECONDS));
            assertThat(sut.chunk()).isEqualTo(LlmSettings.DEFAULT_CHUNK);
            assertThat(sut.endpoint()).hasToString("http://127.0.0.1:11434/api/chat");
        }
    }

    @Test
    void aMissingFileIsNamedWithWhatItNeeds() throws Exception {
        try (LlmCorpus corpus = new LlmCorpus(tmp)) {
            SuggestException e = catchThrowableOfType(SuggestException.class,
                    () -> LlmSettings.read(corpus.dir, corpus.store.corpus().getSchema()));

            assertThat(e.getMessage()).isEqualTo("llm: " + corpus.dir.resolve(LlmSettings.FILE) + " is missing; the"
                    + " language model needs it, with llm.api, llm.url, llm.model and a prompt.<Layer> per span layer"
                    + " to ask about");
        }
    }

    static Stream<Arguments> malformed() {
        String url = "llm.url = http://127.0.0.1:11434";
        String prompt = "prompt.Entity = Find names.";
        return Stream.of(
                Arguments.of(new String[]{"llm.api = gemini", url, "llm.model = m", prompt},
                        "the key llm.api is 'gemini'; write ollama or openai"),
                Arguments.of(new String[]{"llm.api = ollama", "llm.model = m", prompt}, "the key llm.url is missing"),
                Arguments.of(new String[]{"llm.api = ollama", "llm.url = ftp://host/x", "llm.model = m", prompt},
                        "the key llm.url is 'ftp://host/x', not an http or https URL with a host"),
                Arguments.of(new String[]{"llm.api = ollama", "llm.url = http://u:p@host", "llm.model = m", prompt},
                        "the key llm.url is 'http://u:p@host'; write the base URL without user, query or fragment"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.model =", prompt},
                        "the key llm.model is empty"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.model = m", "llm.timeout = soon", prompt},
                        "the key llm.timeout is 'soon'; write a whole number of seconds above 0"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.model = m", "llm.chunk = 0", prompt},
                        "the key llm.chunk is '0'; write a whole number of characters above 0, such as 6000"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.model = m", "prompt.Banana = Find fruit."},
                        "the key prompt.Banana names no span layer of the corpus schema; the span layers are"
                                + " [Claim, Cue, Entity, Source]"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.model = m", "prompt.Attribution = Link."},
                        "the key prompt.Attribution names no span layer"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.modle = m", "llm.model = m", prompt},
                        "the key llm.modle is not a setting of the language model"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.model = m"},
                        "has no prompt.<Layer> key, so there is nothing to ask"),
                Arguments.of(new String[]{"llm.api = ollama", url, "llm.model = m", "prompt.Entity = \\u12"},
                        "is malformed"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedFileIsRefusedNamingTheFileAndTheKey(String[] lines, String problem) throws Exception {
        try (LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings(lines);

            SuggestException e = catchThrowableOfType(SuggestException.class,
                    () -> LlmSettings.read(corpus.dir, corpus.store.corpus().getSchema()));

            assertThat(e.getMessage()).startsWith("llm: " + corpus.dir.resolve(LlmSettings.FILE)).contains(problem);
        }
    }

    @Test
    void aSettingsFileThatIsALinkIsNotFollowed() throws Exception {
        try (LlmCorpus corpus = new LlmCorpus(tmp)) {
            Path outside = Files.writeString(tmp.resolve("elsewhere.properties"),
                    "llm.api = ollama\nllm.url = http://127.0.0.1:1\nllm.model = m\nprompt.Entity = x\n");
            Files.createDirectories(corpus.dir.resolve("settings"));
            Files.createSymbolicLink(corpus.dir.resolve(LlmSettings.FILE), outside);

            SuggestException e = catchThrowableOfType(SuggestException.class,
                    () -> LlmSettings.read(corpus.dir, corpus.store.corpus().getSchema()));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).startsWith("llm: ").contains(LlmSettings.FILE);
        }
    }
}
