package org.attest.suggest.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.rules.RegistryRecommender;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryRecommenderTest {

    @TempDir
    Path tmp;

    private final RegistryRecommender sut = new RegistryRecommender();

    @Test
    void thatNamesAndAliasesOfTheRegistryAreProposedLinkedToTheirEntity() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            entity(texts, "E-1", "Ana Kovačić", "PERSON", "Kovačić");
            entity(texts, "E-2", "Petr Halvorsen", "PERSON");
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            List<Suggestion> found = texts.suggest(sut, document);
            assertThat(found).extracting(s -> texts.covered(document, s), Suggestion::label, Suggestion::features,
                    Suggestion::score)
                    .containsExactly(tuple("Ana Kovačić", "PERSON", Map.of("entity", "E-1"), 0.9),
                            tuple("Kovačić", "PERSON", Map.of("entity", "E-1"), 0.9),
                            tuple("Petr Halvorsen", "PERSON", Map.of("entity", "E-2"), 0.9));
        }
    }

    @Test
    void thatANameInAnotherScriptOrWithoutAccentsFindsTheEntityWithALowerScore() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            entity(texts, "E-1", "Ковачич", null);
            entity(texts, "E-2", "Lieva River", "LOCATION");
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            List<Suggestion> found = texts.suggest(sut, document);
            assertThat(found).extracting(s -> texts.covered(document, s), Suggestion::label, Suggestion::features,
                    Suggestion::score)
                    .contains(tuple("Kovačić", null, Map.of("entity", "E-1"), 0.75),
                            tuple("Lieva river", "LOCATION", Map.of("entity", "E-2"), 0.75));
        }
    }

    @Test
    void thatANameOfTwoEntitiesIsProposedWithoutALink() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            entity(texts, "E-1", "Ana Kovačić", "PERSON", "Kovačić");
            entity(texts, "E-9", "Ivo Kovačić", "PERSON", "Kovačić");
            Document document = texts.add("a", "Kovačić told reporters.", "en");
            assertThat(texts.suggest(sut, document)).singleElement()
                    .extracting(Suggestion::features, Suggestion::score, Suggestion::reason)
                    .containsExactly(Map.of(), 0.4, "a name of several entities: E-1, E-9");
        }
    }

    private static void entity(Texts texts, String id, String name, String type, String... aliases)
            throws Exception {
        Entity entity = CorpusFactory.eINSTANCE.createEntity();
        entity.setId(id);
        entity.setCanonicalName(name);
        entity.setType(type);
        entity.getAliases().addAll(List.of(aliases));
        texts.store().corpus().getEntities().add(entity);
        texts.store().saveModel();
    }
}
