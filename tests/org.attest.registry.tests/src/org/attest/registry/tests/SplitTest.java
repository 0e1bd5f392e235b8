package org.attest.registry.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.CommandStack;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.schema.DefaultSchema;
import org.attest.registry.CorpusMentions;
import org.attest.registry.CorpusSplit;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.registry.SplitEntityCommand;
import org.attest.registry.SplitEntityCommand.LinkedMention;
import org.attest.store.CorpusStore;
import org.attest.testing.Fixture;
import org.attest.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitTest {

    private static final String TEXT = "Heydar Aliyev ruled until 2003. Ilham Aliyev, his son, followed. Aliyev spoke on Monday.";

    @TempDir
    Path tmp;

    private static Entity entity(Corpus corpus, String id, String name, String... aliases) {
        Entity e = CorpusFactory.eINSTANCE.createEntity();
        e.setId(id);
        e.setCanonicalName(name);
        e.setType("PERSON");
        e.getAliases().addAll(List.of(aliases));
        corpus.getEntities().add(e);
        return e;
    }

    private static AnnotationFS linked(Fixture f, CommandStack stack, String words, String id) {
        var span = f.editing.createSpan(DefaultSchema.ENTITY, f.begin(words), f.end(words),
                Map.of("type", "PERSON", "entity", id));
        stack.execute(span);
        return span.created();
    }

    @Test
    void splitMovesTheChosenMentionsToANewEntityAndUndoPutsThemBack() {
        Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
        Entity ilham = entity(corpus, "E1", "Ilham Aliyev", "Heydar Aliyev", "Aliyev");
        EntityRegistry registry = new EntityRegistry(corpus);
        Fixture f = new Fixture(TEXT);
        CommandStack stack = new CommandStack();
        AnnotationFS heydar = linked(f, stack, "Heydar Aliyev", "E1");
        AnnotationFS son = linked(f, stack, "Ilham Aliyev", "E1");

        SplitEntityCommand sut = registry.split(ilham, "Heydar Aliyev", List.of(new LinkedMention(heydar, f.editing)),
                List.of("Ilham Aliyev"));
        stack.execute(sut);

        Entity father = sut.created();
        assertThat(corpus.getEntities()).containsExactly(ilham, father);
        assertThat(father.getType()).isEqualTo("PERSON");
        assertThat(father.getAliases()).isEmpty();
        assertThat(ilham.getAliases()).as("the alias only the moved mention spelled goes").containsExactly("Aliyev");
        assertThat(f.editing.layers().value(heydar, "entity")).isEqualTo(father.getId());
        assertThat(f.editing.layers().value(son, "entity")).isEqualTo("E1");
        stack.undo();
        assertThat(corpus.getEntities()).containsExactly(ilham);
        assertThat(ilham.getAliases()).containsExactly("Heydar Aliyev", "Aliyev");
        assertThat(f.editing.layers().value(heydar, "entity")).isEqualTo("E1");
        stack.redo();
        assertThat(f.editing.layers().value(heydar, "entity")).isEqualTo(father.getId());
    }

    @Test
    void onlyMentionsOfTheEntityCanBeSplitOff() {
        Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
        Entity ilham = entity(corpus, "E1", "Ilham Aliyev");
        entity(corpus, "E2", "Nikol Pashinyan");
        Fixture f = new Fixture(TEXT);
        AnnotationFS other = linked(f, new CommandStack(), "Heydar Aliyev", "E2");
        EntityRegistry registry = new EntityRegistry(corpus);

        assertThatThrownBy(
                () -> registry.split(ilham, "Heydar Aliyev", List.of(new LinkedMention(other, f.editing)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linked to E2")
                .hasMessageContaining("E1 'Ilham Aliyev'");
        assertThatThrownBy(() -> registry.split(ilham, "Heydar Aliyev", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No mention chosen");
    }

    @Test
    void aSplitOnDiskRewritesTheAnnotatorsCasFilesAndTheRegistryTogether() throws Exception {
        Path dir = TestCorpus.withOneDocument(tmp);
        String father;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Entity ana = entity(store.corpus(), "E1", "Ana Kovačić");
            Document doc = store.corpus().getDocuments().get(0);
            for (String annotator : List.of("anna", "ben")) {
                store.ensureAnnotator(annotator);
                CAS cas = store.readCas(doc, annotator);
                AnnotationEditing editing = new AnnotationEditing(cas, store.corpus().getSchema());
                int at = Fixture.TEXT.indexOf("Ana Kovačić");
                editing.createSpan(DefaultSchema.ENTITY, at, at + "Ana Kovačić".length(),
                        Map.of("type", "PERSON", "entity", "E1")).execute();
                int p = Fixture.TEXT.indexOf("Pašinjan");
                editing.createSpan(DefaultSchema.SOURCE, p, p + "Pašinjan".length(), Map.of("entity", "E1")).execute();
                store.writeCas(doc, annotator, cas);
            }
            store.saveModel();
            CorpusMentions mentions = CorpusMentions.read(store, m -> {
            });
            assertThat(mentions.of(ana, new EntityRegistry(store.corpus())))
                    .extracting(Mention::annotator, Mention::layer, Mention::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("anna", "Entity", "Ana Kovačić"),
                            org.assertj.core.groups.Tuple.tuple("anna", "Source", "Pašinjan"),
                            org.assertj.core.groups.Tuple.tuple("ben", "Entity", "Ana Kovačić"),
                            org.assertj.core.groups.Tuple.tuple("ben", "Source", "Pašinjan"));
            int p = Fixture.TEXT.indexOf("Pašinjan");
            Mention chosen = new Mention(doc.getId(), "ben", null, p, p + "Pašinjan".length(), null, null);

            father = CorpusSplit.split(store, ana, "Nikol Pashinyan", List.of(chosen), mentions).getId();
        }
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            EntityRegistry registry = new EntityRegistry(store.corpus());
            CorpusMentions mentions = CorpusMentions.read(store, m -> {
            });
            Entity moved = registry.byId(father).orElseThrow();
            assertThat(moved.getCanonicalName()).isEqualTo("Nikol Pashinyan");
            assertThat(moved.getAliases()).containsExactly("Pašinjan");
            assertThat(mentions.of(moved, registry)).extracting(Mention::annotator, Mention::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ben", "Pašinjan"));
            assertThat(mentions.of(registry.byId("E1").orElseThrow(), registry)).hasSize(3);
            assertThat(mentions.unreadable()).isEmpty();
        }
    }
}
