package org.attest.edit.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.CommandStack;
import org.attest.edit.CreateAnnotationCommand;
import org.attest.edit.DocumentWorkflow;
import org.attest.edit.Span;
import org.attest.edit.TokenSnapper;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.model.schema.DefaultSchema;
import org.attest.registry.CreateEntityCommand;
import org.attest.registry.EntityRegistry;
import org.attest.store.CorpusStore;
import org.attest.testing.Fixture;
import org.attest.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditingEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void aClaimWithItsSourceCueAndLinkedEntitiesIsSavedAndFoundAfterReopening() throws Exception {
        Path dir = TestCorpus.withOneDocument(tmp);
        String text = Fixture.TEXT;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document doc = store.corpus().getDocuments().get(0);
            CAS cas = store.readCas(doc, "kari");
            AnnotationEditing editing = new AnnotationEditing(cas, store.corpus().getSchema());
            EntityRegistry registry = new EntityRegistry(store.corpus());
            CommandStack stack = new CommandStack();

            // Selections as a mouse makes them, inside words; the editor snaps them to tokens before the hot key acts.
            AnnotationFS claim = annotate(stack, editing, cas, "1", text.indexOf("Up to") + 1,
                    text.indexOf("missing") + 3);
            stack.execute(editing.setFeature(claim, "value", 40));
            stack.execute(editing.setFeature(claim, "qualifier", "up to"));
            AnnotationFS source = annotate(stack, editing, cas, "s", text.indexOf("Mayor") + 2,
                    text.indexOf("Kovačić") + 3);
            AnnotationFS cue = annotate(stack, editing, cas, "k", text.indexOf("said") + 1, text.indexOf("said") + 1);
            stack.execute(editing.relate(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue)));
            AnnotationFS place = annotate(stack, editing, cas, "g", text.indexOf("PORT"), text.indexOf("VESNA") + 5);
            AnnotationFS mayor = annotate(stack, editing, cas, "p", text.indexOf("Ana") - 1,
                    text.indexOf("Kovačić") + 7);
            AnnotationFS variant = annotate(stack, editing, cas, "p", text.indexOf("Pašinjan"),
                    text.indexOf("Pašinjan") + 2);
            CreateEntityCommand vesna = registry.createFromMention(place, "GPE", editing);
            stack.execute(vesna);
            CreateEntityCommand ana = registry.createFromMention(mayor, "PERSON", editing);
            stack.execute(ana);
            stack.execute(editing.link(source, ana.created().getId()));
            CreateEntityCommand nikol = registry.createEntity("Nikol Pashinyan", "PERSON");
            stack.execute(nikol);
            stack.execute(registry.linkMentionAsAlias(variant, nikol.created(), editing));

            store.writeCas(doc, "kari", cas);
            store.saveModel();
            stack.markSaved();
            DocumentWorkflow.markFinished(store, doc, "kari");
            assertThat(stack.isDirty()).isFalse();
        }

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document doc = store.corpus().getDocuments().get(0);
            assertThat(CorpusStore.state(doc, "kari")).isEqualTo(DocumentState.FINISHED);
            CAS cas = store.readCas(doc, "kari");
            Layers layers = new Layers(cas, store.corpus().getSchema());
            EntityRegistry registry = new EntityRegistry(store.corpus());

            assertThat(layers.countPerLayer()).containsExactly(entry("Entity", 3), entry("Claim", 1),
                    entry("Source", 1),
                    entry("Cue", 1), entry("Attribution", 1), entry("Via", 0));
            AnnotationFS claim = layers.spans(DefaultSchema.CLAIM).get(0);
            assertThat(claim.getCoveredText()).isEqualTo("Up to 40 people are missing");
            assertThat(layers.label(claim)).isEqualTo("statistic");
            assertThat(layers.value(claim, "value")).isEqualTo(40.0);
            AnnotationFS attribution = layers.relations(DefaultSchema.ATTRIBUTION).get(0);
            assertThat(((AnnotationFS) layers.value(attribution, AttestTypes.RELATION_FROM)).getCoveredText())
                    .isEqualTo(claim.getCoveredText());
            AnnotationFS source = (AnnotationFS) layers.value(attribution, AttestTypes.RELATION_TO);
            assertThat(source.getCoveredText()).isEqualTo("Mayor Ana Kovačić");
            assertThat(((AnnotationFS) layers.value(attribution, "cue")).getCoveredText()).isEqualTo("said");
            assertThat(registry.byId((String) layers.value(source, "entity"))).map(Entity::getCanonicalName)
                    .contains("Ana Kovačić");
            assertThat(layers.spans(DefaultSchema.ENTITY)).extracting(AnnotationFS::getCoveredText, fs -> registry
                    .byId((String) layers.value(fs, "entity")).map(Entity::getCanonicalName).orElse("unlinked"))
                    .containsExactly(tuple("PORT VESNA", "PORT VESNA"),
                            tuple("Ana Kovačić", "Ana Kovačić"),
                            tuple("Pašinjan", "Nikol Pashinyan"));
            assertThat(registry.search("pasinjan", 5)).extracting(Entity::getCanonicalName)
                    .containsExactly("Nikol Pashinyan");
            assertThat(registry.search("kovacic", 5)).extracting(Entity::getId)
                    .containsExactly((String) layers.value(source, "entity"));
        }
    }

    private static AnnotationFS annotate(CommandStack stack, AnnotationEditing editing, CAS cas, String hotKey,
            int begin, int end) {
        Span span = TokenSnapper.snap(cas, begin, end);
        CreateAnnotationCommand command = editing.createSpanForHotKey(hotKey, span.begin(), span.end());
        stack.execute(command);
        return command.created();
    }
}
