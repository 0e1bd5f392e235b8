package org.attest.suggest.llm.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.attest.suggest.llm.LlmConsent;
import org.attest.suggest.llm.LlmKeys;
import org.attest.suggest.llm.LlmRecommender;
import org.attest.testing.CorpusFolder;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's consent, kept outside the corpus per folder and URL, and the key sent as a Bearer header. */
class LlmConsentTest {

    @TempDir
    Path tmp;

    @Test
    void aConsentIsKeptPerCorpusFolderAndExactUrlAndSurvivesTheProgram() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        Path file = tmp.resolve("home/.attest").resolve(LlmConsent.FILE);
        LlmConsent sut = new LlmConsent(file);

        sut.grant(corpus, "http://127.0.0.1:11434");

        LlmConsent later = new LlmConsent(file);
        assertThat(later.granted(corpus, "http://127.0.0.1:11434")).isTrue();
        assertThat(later.granted(corpus, "http://127.0.0.1:11434/")).isFalse();
        assertThat(later.granted(corpus, "http://localhost:11434")).isFalse();
        assertThat(later.granted(copy, "http://127.0.0.1:11434")).isFalse();
        assertThat(later.granted(corpus.resolve("..").resolve("corpus"), "http://127.0.0.1:11434")).isTrue();
        assertThat(Files.readString(file)).contains("http\\://127.0.0.1\\:11434\\ " + corpus.toRealPath());
    }

    @Test
    void aRevokedConsentIsGoneAndOtherConsentsStay() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("my corpus"));
        LlmConsent sut = new LlmConsent(tmp.resolve("consent.properties"));
        sut.grant(corpus, "http://127.0.0.1:11434");
        sut.grant(corpus, "https://models.example.org");

        assertThat(sut.revoke(corpus, "http://127.0.0.1:11434")).isTrue();

        assertThat(sut.granted(corpus, "http://127.0.0.1:11434")).isFalse();
        assertThat(sut.granted(corpus, "https://models.example.org")).isTrue();
        assertThat(sut.revoke(corpus, "http://127.0.0.1:11434")).isFalse();
    }

    @Test
    void grantingThroughTheRecommenderTakesTheUrlOfTheSettingsAndWritesNothingInTheCorpus() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.settings("ollama", server.url());
            Map<String, String> before = CorpusFolder.snapshot(corpus.dir);
            LlmRecommender sut = corpus.recommender();

            String granted = sut.grant(corpus.store);

            assertThat(granted).isEqualTo(server.url());
            assertThat(corpus.consent.granted(corpus.dir, server.url())).isTrue();
            assertThat(CorpusFolder.snapshot(corpus.dir)).isEqualTo(before);
            assertThat(sut.suggest(corpus.context())).isEmpty();
            assertThat(server.received()).hasSize(1);
            assertThat(sut.revoke(corpus.store)).isTrue();
            assertThat(corpus.consent.granted(corpus.dir, server.url())).isFalse();
        }
    }

    @Test
    void theKeyOfTheEnvironmentIsSentAsABearerHeader() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("openai", server.url());
            Map<String, String> environment = new HashMap<>();
            environment.put(LlmKeys.VARIABLE, "sk-test-123");

            corpus.recommender(environment).suggest(corpus.context());

            assertThat(server.received()).extracting(ChatServer.Received::authorization)
                    .containsExactly("Bearer sk-test-123");
        }
    }

    @Test
    void withoutAKeyNoAuthorizationIsSent() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("ollama", server.url());

            corpus.recommender().suggest(corpus.context());

            assertThat(server.received()).singleElement().extracting(ChatServer.Received::authorization).isNull();
        }
    }

    @Test
    void theKeyKeptEncryptedInSecureStorageForTheUrlIsSentAsABearerHeader() throws Exception {
        try (ChatServer server = new ChatServer(); LlmCorpus corpus = new LlmCorpus(tmp)) {
            corpus.consented("openai", server.url());
            ISecurePreferences storage = storage();
            LlmKeys keys = new LlmKeys(name -> null, () -> storage);
            keys.remember(server.url(), "sk-stored-456");
            keys.remember("http://elsewhere.example.org", "sk-other");

            new LlmRecommender(corpus.consent, keys).suggest(corpus.context());

            assertThat(server.received()).extracting(ChatServer.Received::authorization)
                    .containsExactly("Bearer sk-stored-456");
            assertThat(Files.readString(tmp.resolve("secure_storage"))).doesNotContain("sk-stored-456");
            assertThat(keys.forget(server.url())).isTrue();
            assertThat(keys.key(server.url())).isEmpty();
        }
    }

    private ISecurePreferences storage() throws Exception {
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()));
        return SecurePreferencesFactory.open(tmp.resolve("secure_storage").toUri().toURL(), options);
    }
}
