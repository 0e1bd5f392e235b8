package org.attest.search;

import java.nio.file.Path;

import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.store.CorpusStore;
import org.attest.testing.ClaimsCorpus;
import org.attest.testing.GoldStates;

/**
 * A small news corpus for the search tests: two dated articles whose claims anna (and, in one, ben) annotated with
 * values, qualifiers, sources and chains, a registry person with an alias, and one article with curated gold; each
 * has a title and an outlet (one in Cyrillic).
 */
final class NewsCorpus {

    static final String HARBOUR = "At least 120 people died in the flood, Reuters said, citing social media posts.\n"
            + "Mayor Ana Kovačić visited the harbour.\n"
            + "Мэр Ана Ковачич обещала помощь.\n";
    static final String RIVER = "About 40 people are missing, officials said.\n"
            + "Ana Kovacic said the river is still rising; 300 homes were flooded, the agency AFP said.\n";
    static final String PERSON = "E-kovacic";

    private NewsCorpus() {
    }

    /** Creates the corpus in {@code dir} and returns it open for writing. */
    static CorpusStore create(Path dir) throws Exception {
        ClaimsCorpus corpus = ClaimsCorpus.create(dir);
        corpus.entity(PERSON, "Ana Kovačić");
        corpus.document("harbour", "2024-01-10", HARBOUR, "anna").document("river", "2024-03-02", RIVER, "anna");
        corpus.annotate("harbour", "anna", c -> {
            var claim = c.claim("At least 120 people died", "type", "statistic", "value", 120.0, "qualifier",
                    "at least", "unit", "people died");
            var reuters = c.source("Reuters", "news agency", null);
            c.attribute(claim, reuters).via(reuters, c.source("social media posts", "social media", null));
            c.source("Ana Kovačić", "person", PERSON);
        });
        corpus.annotate("river", "anna", c -> {
            c.attribute(c.claim("About 40 people are missing", "type", "statistic", "value", 40.0, "qualifier",
                    "about"), c.source("officials", "government", null));
            c.attribute(c.claim("300 homes were flooded", "type", "statistic", "value", 300.0),
                    c.source("the agency AFP", "news agency", null));
            c.source("Ana Kovacic", "person", PERSON);
        });
        corpus.annotate("river", "ben", c -> c.claim("About 40 people are missing", "type", "event"));
        CorpusStore store = corpus.store();
        Entity person = store.corpus().getEntities().get(0);
        person.getAliases().add("Ana Kovacic");
        Document harbour = store.document("harbour").orElseThrow();
        harbour.setOutlet("Le Monde");
        harbour.setTitle("Flood in the harbour");
        Document river = store.document("river").orElseThrow();
        river.setOutlet("Новая газета");
        river.setTitle("The river is still rising");
        store.setState(harbour, store.ensureAnnotator("anna"), DocumentState.FINISHED);
        store.setState(store.document("river").orElseThrow(), store.ensureAnnotator("ben"), DocumentState.IN_PROGRESS);
        store.saveModel();
        store.writeGold(harbour, store.readCas(harbour, "anna"));
        GoldStates.set(store, harbour, org.attest.model.GoldState.CURATED);
        return store;
    }
}
