package org.attest.registry.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Entity;
import org.attest.registry.CorpusMentions;
import org.attest.registry.DuplicateFinder;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.registry.WrongLinks;
import org.junit.jupiter.api.Test;

class DuplicatesAndWrongLinksTest {

    private final Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
    private final EntityRegistry registry = new EntityRegistry(corpus);

    private Entity entity(String id, String name, String... aliases) {
        return People.add(corpus, id, name, aliases);
    }

    private static Mention mention(String document, String text, String id) {
        return new Mention(document, "anna", "Entity", 10, 10 + text.length(), text, id);
    }

    @Test
    void spellingsOfOnePersonAreSuggestedWithTheMentionsBehindThem() {
        Entity latin = entity("E1", "Nikol Pashinyan");
        Entity serbian = entity("E2", "Nikol Pašinjan");
        Entity cyrillic = entity("E3", "Пашинян");
        entity("E4", "Ilham Aliyev");
        entity("E5", "Heydar Aliyev");
        Map<Entity, List<Mention>> mentions = Map.of(serbian,
                List.of(mention("a", "Pašinjan", "E2"), mention("b", "Nikol Pašinjan", "E2")),
                latin, List.of(mention("c", "Pashinyan", "E1")));

        List<DuplicateFinder.Suggestion> sut = new DuplicateFinder().suggest(corpus.getEntities(), mentions,
                DuplicateFinder.DEFAULT_THRESHOLD, 0);

        assertThat(sut).extracting(s -> s.a().getId() + "+" + s.b().getId()).containsExactlyInAnyOrder("E2+E1", "E2+E3",
                "E1+E3");
        assertThat(sut.get(0).score()).isEqualTo(1.0);
        assertThat(sut).filteredOn(s -> s.b() == latin).singleElement().satisfies(s -> {
            assertThat(s.a()).as("the entity with more mentions comes first, to keep").isSameAs(serbian);
            assertThat(s.mentionsA()).extracting(Mention::document).containsExactly("a", "b");
            assertThat(s.mentionsB()).extracting(Mention::text).containsExactly("Pashinyan");
        });
        assertThat(sut).filteredOn(s -> s.b() == cyrillic || s.a() == cyrillic)
                .allSatisfy(s -> assertThat(s.score()).isLessThan(1.0));
    }

    @Test
    void entitiesOfDifferentKnowledgeBaseIdsOrTypesAreNoDuplicates() {
        Entity a = entity("E1", "Ana Kovačić");
        entity("E2", "Ana Kovacic").setKnowledgeBaseId("Q2");
        a.setKnowledgeBaseId("Q1");
        entity("E3", "Ana Kovačič").setType("ORGANIZATION");

        assertThat(new DuplicateFinder().suggest(corpus.getEntities(), Map.of(), 0.8, 0)).isEmpty();
    }

    @Test
    void aMentionWithTheSurnameButAnotherGivenNameIsASuspectLink() {
        Entity ilham = entity("E1", "Ilham Aliyev", "Aliyev", "I. Aliyev");
        entity("E2", "Nikol Pashinyan");
        CorpusMentions mentions = CorpusMentions
                .of(List.of(mention("d1", "Heydar Aliyev", "E1"), mention("d1", "Ilham Aliyev", "E1"),
                        mention("d2", "President Aliyev", "E1"), mention("d2", "Mayor Aliyev", "E1"),
                        mention("d2", "I. Aliyev", "E1"),
                        mention("d3", "Aliyev", "E1"),
                        mention("d3", "Nikol Pashinyan", "E2"), mention("d4", "Ильхам Алиев", "E1")));

        List<WrongLinks.Suspect> sut = WrongLinks.find(mentions, registry);

        assertThat(sut).singleElement().satisfies(s -> {
            assertThat(s.mention().document()).isEqualTo("d1");
            assertThat(s.mention().text()).isEqualTo("Heydar Aliyev");
            assertThat(s.entity()).isSameAs(ilham);
            assertThat(s.given()).isEqualTo("Heydar");
        });
    }

    @Test
    void onlyPeopleAreCheckedForWrongGivenNames() {
        Entity bank = entity("E1", "National Bank of Armenia");
        bank.setType("ORGANIZATION");

        assertThat(
                WrongLinks.find(CorpusMentions.of(List.of(mention("d1", "Central Bank of Armenia", "E1"))), registry))
                .isEmpty();
    }

    @Test
    void mergedEntitiesKeepTheMentionsThatHoldTheOldId() {
        Entity keep = entity("E1", "Nikol Pashinyan");
        Entity gone = entity("E2", "Pašinjan");
        CorpusMentions mentions = CorpusMentions
                .of(List.of(mention("a", "Pašinjan", "E2"), mention("b", "Pashinyan", "E1")));
        org.attest.edit.CommandStack stack = new org.attest.edit.CommandStack();

        stack.execute(registry.merge(keep, gone));

        assertThat(mentions.of(keep, registry)).extracting(Mention::document).containsExactly("a", "b");
        assertThat(mentions.byEntity(registry)).containsOnlyKeys(keep);
        stack.undo();
        assertThat(mentions.of(keep, registry)).extracting(Mention::document).containsExactly("b");
        assertThat(mentions.of(gone, registry)).extracting(Mention::document).containsExactly("a");
    }
}
