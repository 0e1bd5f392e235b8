package org.attest.suggest.llm.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.SuggestionContext;
import org.attest.suggest.llm.LlmConsent;
import org.attest.suggest.llm.LlmKeys;
import org.attest.suggest.llm.LlmRecommender;
import org.attest.suggest.llm.LlmSettings;
import org.attest.testing.Fixture;
import org.attest.testing.TestCorpus;

/**
 * A corpus with the one flood document, its {@code settings/llm.properties} pointing at a test server, the user's
 * consent in a file of the test's own folder, and no key unless a test gives one.
 */
final class LlmCorpus implements AutoCloseable {

    final Path dir;
    final LlmConsent consent;
    final CorpusStore store;
    final Document document;

    /** Creates the corpus under {@code tmp} with the flood text; its store is open for reading. */
    LlmCorpus(Path tmp) throws Exception {
        this(tmp, Fixture.TEXT);
    }

    /** Creates the corpus under {@code tmp} with one document of {@code text}; its store is open for reading. */
    LlmCorpus(Path tmp, String text) throws Exception {
        dir = TestCorpus.withOneDocument(tmp, text);
        consent = new LlmConsent(tmp.resolve("home/.attest").resolve(LlmConsent.FILE));
        store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test");
        document = store.corpus().getDocuments().get(0);
    }

    /** Writes the settings file with {@code lines}, one per line. */
    LlmCorpus settings(String... lines) throws IOException {
        Path file = dir.resolve(LlmSettings.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return this;
    }

    /** Writes settings asking {@code url} with {@code api} about entities. */
    LlmCorpus settings(String api, String url) throws IOException {
        return settings("llm.api = " + api, "llm.url = " + url, "llm.model = tiny", "llm.timeout = 2",
                "prompt.Entity = Find the names of people and places.");
    }

    /**
     * Writes settings asking {@code url} with {@code api} about entities, and the user's consent to send text there.
     */
    LlmCorpus consented(String api, String url) throws IOException {
        settings(api, url);
        consent.grant(dir, url);
        return this;
    }

    /** Returns the recommender with this corpus's consent file and the environment {@code environment}. */
    LlmRecommender recommender(Map<String, String> environment) {
        return new LlmRecommender(consent, new LlmKeys(environment::get, () -> null));
    }

    /** Returns the recommender with this corpus's consent file and no key. */
    LlmRecommender recommender() {
        return recommender(Map.of());
    }

    /** Returns the context of the flood document. */
    SuggestionContext context() throws CorpusException {
        return new SuggestionContext(store, document, store.casFactory().newCas(store.readText(document)), "en");
    }

    /** Returns the document's text. */
    String text() throws CorpusException {
        return store.readText(document);
    }

    @Override
    public void close() throws CorpusException {
        store.close();
    }
}
