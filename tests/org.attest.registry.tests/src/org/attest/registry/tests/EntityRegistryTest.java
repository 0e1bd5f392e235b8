package org.attest.registry.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.CommandStack;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Entity;
import org.attest.model.schema.DefaultSchema;
import org.attest.registry.CreateEntityCommand;
import org.attest.registry.EntityRegistry;
import org.attest.registry.NameFolding;
import org.attest.testing.Fixture;
import org.junit.jupiter.api.Test;

class EntityRegistryTest {

    private final Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
    private final EntityRegistry sut = new EntityRegistry(corpus);
    private final CommandStack stack = new CommandStack();

    private Entity entity(String id, String name, String... aliases) {
        Entity e = CorpusFactory.eINSTANCE.createEntity();
        e.setId(id);
        e.setCanonicalName(name);
        e.setType("PERSON");
        e.getAliases().addAll(List.of(aliases));
        corpus.getEntities().add(e);
        return e;
    }

    private Entity create(String name) {
        CreateEntityCommand create = sut.createEntity(name, "PERSON");
        stack.execute(create);
        return create.created();
    }

    @Test
    void searchFindsAnAliasIgnoringCaseAndAccents() {
        entity("E1", "Ilham Aliyev");
        Entity pashinyan = entity("E2", "Nikol Pashinyan", "Pašinjan", "Nikol Pašinjan");

        assertThat(sut.search("pasinjan", 10)).containsExactly(pashinyan);
        assertThat(sut.matches("pasinjan", 10)).singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("Pašinjan"))
                .satisfies(m -> assertThat(m.kind()).isEqualTo(EntityRegistry.Kind.EXACT));
        assertThat(sut.search("PAŠINJAN", 10)).containsExactly(pashinyan);
    }

    @Test
    void searchFindsACanonicalNameByASurnameWithoutDiacritics() {
        Entity kovacic = entity("E1", "Ana Kovačić");
        entity("E2", "Petr Halvorsen");

        assertThat(sut.search("kovacic", 10)).containsExactly(kovacic);
        assertThat(sut.search("ana kov", 10)).containsExactly(kovacic);
        assertThat(sut.search("kovacic ana", 10)).as("words in any order").containsExactly(kovacic);
    }

    @Test
    void prefixMatchesComeBeforeWordPrefixesAndSubstrings() {
        Entity banana = entity("E1", "Banana Republic Ltd");
        Entity mayor = entity("E2", "Mayor Ana Kovačić");
        Entity ana = entity("E3", "Ana Kovačić");
        Entity anatolia = entity("E4", "Anatolia");
        entity("E5", "Port Vesna");

        assertThat(sut.search("ana", 10)).containsExactly(ana, anatolia, mayor, banana);
        assertThat(sut.search("ana", 2)).containsExactly(ana, anatolia);
    }

    @Test
    void lettersThatDoNotDecomposeAreFoldedToo() {
        Entity djordjevic = entity("E1", "Đorđe Đorđević");
        Entity lodz = entity("E2", "Łódź");
        Entity soren = entity("E3", "Søren Kierkegaard");

        assertThat(sut.search("dordevic", 5)).containsExactly(djordjevic);
        assertThat(sut.search("lodz", 5)).containsExactly(lodz);
        assertThat(sut.search("soren", 5)).containsExactly(soren);
        assertThat(NameFolding.fold("  Straße\tİstanbul ")).isEqualTo("strasse istanbul");
    }

    @Test
    void anEmptyQueryListsEveryEntityByName() {
        Entity b = entity("E1", "Petr Halvorsen");
        Entity a = entity("E2", "Ana Kovačić");

        assertThat(sut.search("", 0)).containsExactly(a, b);
    }

    @Test
    void newEntitiesGetFreshIdsAndUndoRemovesThem() {
        entity("E7", "Old one").getMergedIds().add("E9");
        entity("Q42", "Imported");

        Entity first = create("Ana Kovačić");
        Entity second = create("Petr  Halvorsen ");

        assertThat(List.of(first.getId(), second.getId())).allMatch(id -> id.matches("E-[0-9a-hjkmnp-tv-z]{8}"))
                .doesNotContain("E7", "E9", "Q42").doesNotHaveDuplicates();
        assertThat(second.getCanonicalName()).isEqualTo("Petr Halvorsen");
        String secondId = second.getId();
        stack.undo();
        assertThat(corpus.getEntities()).doesNotContain(second);
        stack.redo();
        assertThat(corpus.getEntities()).endsWith(second);
        assertThat(second.getId()).isEqualTo(secondId);
        assertThatThrownBy(() -> sut.createEntity("  ", "PERSON")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a canonical name");
    }

    @Test
    void anAliasThatIsAlreadyANameIgnoringCaseAndAccentsIsRefused() {
        Entity pashinyan = entity("E1", "Nikol Pashinyan", "Pašinjan");

        assertThatThrownBy(() -> sut.addAlias(pashinyan, "PASINJAN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already has the name 'Pašinjan'")
                .hasMessageContaining("ignoring case and accents");
        assertThatThrownBy(() -> sut.addAlias(pashinyan, "nikol pashinyan"))
                .isInstanceOf(IllegalArgumentException.class);

        stack.execute(sut.addAlias(pashinyan, "Pashinian"));
        assertThat(pashinyan.getAliases()).containsExactly("Pašinjan", "Pashinian");
        stack.undo();
        assertThat(pashinyan.getAliases()).containsExactly("Pašinjan");
    }

    @Test
    void commandsMadeAheadOfTimeKeepEachOthersChanges() {
        Entity pashinyan = entity("E1", "Nikol Pashinyan");
        var first = sut.addAlias(pashinyan, "Pašinjan");
        var second = sut.addAlias(pashinyan, "Pashinian");
        var again = sut.addAlias(pashinyan, "pasinjan");

        stack.execute(second);
        stack.execute(first);

        assertThat(pashinyan.getAliases()).containsExactly("Pashinian", "Pašinjan");
        assertThatThrownBy(() -> stack.execute(again)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already has");
        stack.undo();
        assertThat(pashinyan.getAliases()).containsExactly("Pashinian");
    }

    @Test
    void anEntityIsCreatedFromAMentionAndLinkedInOneUndoableStep() {
        Fixture f = new Fixture();
        var mention = f.editing.createSpan(DefaultSchema.ENTITY, f.begin("Ana"), f.end("Kovačić"),
                Map.of("type", "PERSON"));
        stack.execute(mention);
        List<String> before = f.dump();

        CreateEntityCommand create = sut.createFromMention(mention.created(), "PERSON", f.editing);
        stack.execute(create);
        String id = create.created().getId();

        assertThat(create.created().getCanonicalName()).isEqualTo("Ana Kovačić");
        assertThat(f.editing.layers().value(mention.created(), "entity")).isEqualTo(create.created().getId());
        assertThat(sut.byId(create.created().getId())).contains(create.created());
        stack.undo();
        assertThat(corpus.getEntities()).isEmpty();
        assertThat(f.dump()).isEqualTo(before);
        stack.redo();
        assertThat(f.editing.layers().value(mention.created(), "entity")).isEqualTo(id);
        assertThat(corpus.getEntities()).extracting(Entity::getId).containsExactly(id);
    }

    @Test
    void aMentionIsCreatedFromTextWithoutLinking() {
        CreateEntityCommand create = sut.createFromMention(" Mayor\nAna Kovačić ", "PERSON");
        stack.execute(create);

        assertThat(create.created().getCanonicalName()).isEqualTo("Mayor Ana Kovačić");
        assertThat(create.created().getType()).isEqualTo("PERSON");
    }

    @Test
    void aMentionsTextBecomesAnAliasAndItsLinkInOneStep() {
        Fixture f = new Fixture();
        Entity pashinyan = entity("E1", "Nikol Pashinyan");
        var mention = f.editing.createSpanForHotKey("p", f.begin("Pašinjan"), f.end("Pašinjan"));
        stack.execute(mention);
        AnnotationFS fs = mention.created();

        stack.execute(sut.linkMentionAsAlias(fs, pashinyan, f.editing));

        assertThat(pashinyan.getAliases()).containsExactly("Pašinjan");
        assertThat(f.editing.layers().value(fs, "entity")).isEqualTo("E1");
        assertThat(sut.search("pasinjan", 1)).containsExactly(pashinyan);
        assertThat(stack.undoLabel()).contains("Link 'Pašinjan' to E1 'Nikol Pashinyan' as a new alias");

        stack.undo();

        assertThat(pashinyan.getAliases()).isEmpty();
        assertThat(f.editing.layers().value(fs, "entity")).isNull();
        stack.redo();
        stack.execute(f.editing.link(fs, null));
        stack.execute(sut.linkMentionAsAlias(fs, pashinyan, f.editing));
        assertThat(pashinyan.getAliases()).as("a known name is only linked").containsExactly("Pašinjan");
        assertThat(f.editing.layers().value(fs, "entity")).isEqualTo("E1");
    }

    @Test
    void mergingKeepsAllNamesAndOldIdsResolveToTheKeptEntity() {
        Entity ilham = entity("E1", "Ilham Aliyev", "Aliyev");
        Entity wrong = entity("E2", "Heydar Aliyev", "ALIYEV", "H. Aliyev");
        wrong.getMergedIds().add("E0");
        wrong.setKnowledgeBaseId("Q1");
        Entity other = entity("E3", "Nikol Pashinyan");

        stack.execute(sut.merge(ilham, wrong));

        assertThat(corpus.getEntities()).containsExactly(ilham, other);
        assertThat(ilham.getAliases()).containsExactly("Aliyev", "Heydar Aliyev", "H. Aliyev");
        assertThat(ilham.getMergedIds()).containsExactly("E2", "E0");
        assertThat(ilham.getKnowledgeBaseId()).isEqualTo("Q1");
        assertThat(sut.byId("E2")).contains(ilham);
        assertThat(sut.byId("E0")).contains(ilham);
        assertThat(sut.search("heydar", 5)).containsExactly(ilham);
        assertThat(sut.freshId()).isNotIn("E0", "E1", "E2", "E3");

        stack.undo();

        assertThat(corpus.getEntities()).containsExactly(ilham, wrong, other);
        assertThat(ilham.getAliases()).containsExactly("Aliyev");
        assertThat(ilham.getMergedIds()).isEmpty();
        assertThat(ilham.getKnowledgeBaseId()).isNull();
        assertThat(sut.byId("E2")).contains(wrong);
    }

    @Test
    void entitiesWithDifferentKnowledgeBaseIdsAreNotMerged() {
        Entity ilham = entity("E1", "Ilham Aliyev");
        ilham.setKnowledgeBaseId("Q2");
        Entity heydar = entity("E2", "Heydar Aliyev");
        heydar.setKnowledgeBaseId("Q1");

        assertThatThrownBy(() -> sut.merge(ilham, heydar)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Q2").hasMessageContaining("Q1").hasMessageContaining("different entities");
        assertThatThrownBy(() -> sut.merge(ilham, ilham)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("itself");
        assertThat(corpus.getEntities()).hasSize(2);
    }
}
