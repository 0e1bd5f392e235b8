package org.attest.registry.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.edit.CommandStack;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Entity;
import org.attest.registry.EntityRegistry;
import org.attest.registry.NameFolding;
import org.junit.jupiter.api.Test;

class RegistrySearchTest {

    private final Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
    private final EntityRegistry sut = new EntityRegistry(corpus);

    private Entity entity(String id, String name, String... aliases) {
        return People.add(corpus, id, name, aliases);
    }

    @Test
    void latinSpellingsAndTheCyrillicNameFindOneEntity() {
        Entity pashinyan = entity("E1", "Nikol Pashinyan");
        entity("E2", "Ilham Aliyev");
        entity("E3", "Petr Halvorsen");

        assertThat(sut.search("Pashinyan", 10)).containsExactly(pashinyan);
        assertThat(sut.search("Pašinjan", 10)).containsExactly(pashinyan);
        assertThat(sut.search("Пашинян", 10)).containsExactly(pashinyan);
        assertThat(sut.search("Никол Пашинян", 10)).containsExactly(pashinyan);
        assertThat(NameFolding.key("Pashinyan")).isEqualTo(NameFolding.key("Pašinjan"))
                .isEqualTo(NameFolding.key("Пашинян"));
    }

    @Test
    void aNameWithoutDiacriticsFindsTheAccentedOneAndTheOtherScript() {
        Entity kovacic = entity("E1", "Ana Kovačić");
        Entity aliyev = entity("E2", "Ilham Aliyev", "Ильхам Алиев");

        assertThat(sut.search("Kovacic", 10)).containsExactly(kovacic);
        assertThat(sut.search("Ковачич", 10)).containsExactly(kovacic);
        assertThat(sut.search("aliev", 10)).containsExactly(aliyev);
        assertThat(sut.matches("Алиев", 10)).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(EntityRegistry.Kind.WORD_PREFIX));
    }

    @Test
    void everyAliasIsSearchedNotOnlyTheCanonicalName() {
        Entity eu = entity("E1", "European Commission", "Brussels executive", "Еврокомиссия");

        assertThat(sut.matches("brussels exec", 10)).singleElement().satisfies(m -> {
            assertThat(m.entity()).isSameAs(eu);
            assertThat(m.name()).isEqualTo("Brussels executive");
            assertThat(m.canonical()).isFalse();
        });
        assertThat(sut.search("evrokomissia", 10)).containsExactly(eu);
    }

    @Test
    void changesAfterTheFirstSearchAreFoundWithoutStaleResults() {
        Entity pashinyan = entity("E1", "Nikol Pashinyan");
        Entity aliyev = entity("E2", "Ilham Aliyev");
        CommandStack stack = new CommandStack();
        assertThat(sut.search("Kocharyan", 10)).isEmpty();

        stack.execute(sut.addAlias(pashinyan, "Kocharyan's successor"));
        Entity added = entity("E3", "Robert Kocharyan");
        corpus.getEntities().remove(aliyev);

        assertThat(sut.search("Kocharyan", 10)).containsExactlyInAnyOrder(added, pashinyan);
        assertThat(sut.search("Aliyev", 10)).isEmpty();
        assertThat(new EntityRegistry(corpus).search("Роберт Кочарян", 10))
                .as("another registry of the corpus shares the index").containsExactly(added);
        stack.undo();
        assertThat(sut.search("Kocharyan", 10)).containsExactly(added);
    }

    @Test
    void manyEntitiesAreSearchedThroughTheIndexWithTheSameResultsAsOneByOne() {
        for (int i = 0; i < 3000; i++) {
            entity("E" + i, "Person" + i + " Surname" + (i % 97), "Alias" + i);
        }
        Entity target = entity("X", "Ana Kovačić");

        assertThat(sut.search("kovacic", 0)).containsExactly(target);
        assertThat(sut.search("surname96", 0)).hasSize(30)
                .allSatisfy(e -> assertThat(e.getCanonicalName()).endsWith("Surname96"));
        assertThat(sut.search("alias2999", 0)).extracting(Entity::getId).containsExactly("E2999");
        assertThat(sut.search("2999", 0)).extracting(Entity::getId).containsExactly("E2999");
    }
}
