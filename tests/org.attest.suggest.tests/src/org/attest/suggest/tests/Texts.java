package org.attest.suggest.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.suggest.SuggestionService;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;
import org.attest.testing.ClaimsCorpus;

/** A corpus of texts to ask recommenders about, kept open until closed. */
final class Texts implements AutoCloseable {

    private final ClaimsCorpus corpus;

    Texts(Path tmp) throws Exception {
        corpus = ClaimsCorpus.create(tmp.resolve("corpus"));
    }

    CorpusStore store() {
        return corpus.store();
    }

    /** Imports {@code text} as document {@code id} in {@code language} and returns the document. */
    Document add(String id, String text, String language) throws Exception {
        corpus.document(id, "2024-05-02", text, "gold");
        Document document = store().document(id).orElseThrow();
        document.setLanguage(language);
        store().saveModel();
        return document;
    }

    /** Imports the file {@code file} as document {@code id} in {@code language}. */
    Document add(String id, Path file, String language) throws Exception {
        return add(id, Files.readString(file), language);
    }

    /** Returns what {@code recommender} proposes for a fresh segmented CAS of {@code document}. */
    List<Suggestion> suggest(Recommender recommender, Document document) throws Exception {
        return recommender.suggest(context(document));
    }

    SuggestionContext context(Document document) throws Exception {
        CAS cas = store().casFactory().newCas(store().readText(document));
        return new SuggestionContext(store(), document, cas, SuggestionService.language(document));
    }

    /** Returns the text a suggestion covers. */
    String covered(Document document, Suggestion s) {
        try {
            return store().readText(document).substring(s.begin(), s.end());
        } catch (org.attest.store.CorpusException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A recommender failing with {@code message}, as a broken plug-in would. */
    static Recommender failing(String name, Exception failure) {
        return new Recommender() {

            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "fails";
            }

            @Override
            public java.util.Set<String> layers() {
                return java.util.Set.of("Entity");
            }

            @Override
            public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
                if (failure instanceof SuggestException e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    @Override
    public void close() throws Exception {
        corpus.close();
    }
}
