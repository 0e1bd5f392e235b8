package org.attest.edit.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.CommandStack;
import org.attest.edit.CompositeCommand;
import org.attest.edit.CreateAnnotationCommand;
import org.attest.edit.DeleteAnnotationCommand;
import org.attest.edit.EditCommand;
import org.attest.model.schema.DefaultSchema;
import org.attest.testing.Fixture;
import org.junit.jupiter.api.Test;

class AnnotationEditingTest {

    private final Fixture f = new Fixture();
    private final AnnotationEditing sut = f.editing;
    private final CommandStack stack = new CommandStack();

    private AnnotationFS run(CreateAnnotationCommand command) {
        stack.execute(command);
        return command.created();
    }

    private AnnotationFS claim() {
        return run(sut.createSpan(DefaultSchema.CLAIM, f.begin("Up to 40"), f.end("are missing"),
                Map.of("type", "statistic", "value", 40, "qualifier", "up to", "unit", "people missing")));
    }

    private AnnotationFS source() {
        return run(sut.createSpan(DefaultSchema.SOURCE, f.begin("Mayor"), f.end("Kovačić"),
                Map.of("type", "person", "entity", "E1")));
    }

    private AnnotationFS cue() {
        return run(sut.createSpan(DefaultSchema.CUE, f.begin("said"), f.end("said"), Map.of("type", "CUE")));
    }

    @Test
    void aCreatedSpanIsUndoneAndRedoneAsTheSameAnnotation() {
        List<String> empty = f.dump();
        CreateAnnotationCommand create = sut.createSpan(DefaultSchema.ENTITY, f.begin("Ana"), f.end("Kovačić"),
                Map.of("type", "PERSON"));

        stack.execute(create);
        List<String> created = f.dump();
        assertThat(created)
                .containsExactly("Entity[" + f.begin("Ana") + "," + f.end("Kovačić") + ") type=PERSON entity=null");
        stack.undo();
        assertThat(f.dump()).isEqualTo(empty).isEmpty();
        stack.redo();

        assertThat(f.dump()).isEqualTo(created);
        assertThat(sut.layers().spans(DefaultSchema.ENTITY)).singleElement().isSameAs(create.created());
        assertThat(create.created().getCoveredText()).isEqualTo("Ana Kovačić");
    }

    @Test
    void deletingASourceRemovesItsAttributionAndUndoRestoresItWithTheCue() {
        AnnotationFS claim = claim();
        AnnotationFS source = source();
        AnnotationFS cue = cue();
        AnnotationFS via = run(sut.relate(DefaultSchema.VIA, source, source, Map.of()));
        AnnotationFS attribution = run(sut.relate(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue)));
        List<String> before = f.dump();

        DeleteAnnotationCommand delete = sut.delete(source);
        stack.execute(delete);

        assertThat(sut.layers().spans(DefaultSchema.SOURCE)).isEmpty();
        assertThat(sut.layers().relations(DefaultSchema.ATTRIBUTION)).isEmpty();
        assertThat(sut.layers().relations(DefaultSchema.VIA)).isEmpty();
        assertThat(delete.deletedRelations()).containsExactlyInAnyOrder(attribution, via);
        assertThat(sut.layers().spans(DefaultSchema.CUE)).containsExactly(cue);
        assertThat(sut.layers().spans(DefaultSchema.CLAIM)).containsExactly(claim);

        stack.undo();

        assertThat(f.dump()).isEqualTo(before);
        AnnotationFS restored = sut.layers().relations(DefaultSchema.ATTRIBUTION).get(0);
        assertThat(restored).isSameAs(attribution);
        assertThat(sut.layers().value(restored, "cue")).isSameAs(cue);
        assertThat(sut.layers().value(restored, AttestTypes.RELATION_TO)).isSameAs(source);

        stack.redo();
        assertThat(sut.layers().relations(DefaultSchema.ATTRIBUTION)).isEmpty();
        stack.undo();
        assertThat(f.dump()).isEqualTo(before);
    }

    @Test
    void deletingACueKeepsTheAttributionWithoutItAndUndoPutsTheCueBack() {
        AnnotationFS cue = cue();
        AnnotationFS attribution = run(sut.relate(DefaultSchema.ATTRIBUTION, claim(), source(), Map.of("cue", cue)));
        List<String> before = f.dump();

        stack.execute(sut.delete(cue));

        assertThat(sut.layers().relations(DefaultSchema.ATTRIBUTION)).containsExactly(attribution);
        assertThat(sut.layers().value(attribution, "cue")).isNull();
        stack.undo();
        assertThat(f.dump()).isEqualTo(before);
        assertThat(sut.layers().value(attribution, "cue")).isSameAs(cue);
    }

    @Test
    void deletingARelationLeavesItsSpans() {
        AnnotationFS attribution = run(sut.relate(DefaultSchema.ATTRIBUTION, claim(), source(), Map.of()));

        stack.execute(sut.delete(attribution));

        assertThat(f.dump()).hasSize(2).noneMatch(line -> line.startsWith("Attribution"));
    }

    @Test
    void changingAFeatureIsUndoneToTheExactOldValue() {
        AnnotationFS claim = claim();
        List<String> before = f.dump();

        stack.execute(sut.setFeature(claim, "value", 100));
        stack.execute(sut.setFeature(claim, "unit", null));
        stack.execute(sut.setFeature(claim, "qualifier", "at least"));
        assertThat(sut.layers().value(claim, "value")).isEqualTo(100.0);
        assertThat(sut.layers().value(claim, "unit")).isNull();

        stack.undo();
        stack.undo();
        stack.undo();
        assertThat(f.dump()).isEqualTo(before);
        assertThat(sut.layers().value(claim, "value")).isEqualTo(40.0);
        stack.redo();
        assertThat(sut.layers().value(claim, "value")).isEqualTo(100.0);
    }

    @Test
    void aHotKeyCreatesASpanWithItsTagOnItsLayer() {
        AnnotationFS person = run(sut.createSpanForHotKey("p", f.begin("Ana"), f.end("Kovačić")));
        AnnotationFS agency = run(sut.createSpanForHotKey("s", f.begin("Mayor"), f.end("Kovačić")));

        assertThat(person.getType().getShortName()).isEqualTo(DefaultSchema.ENTITY);
        assertThat(sut.layers().label(person)).isEqualTo("PERSON");
        assertThat(agency.getType().getShortName()).isEqualTo(DefaultSchema.SOURCE);
        assertThat(sut.layers().label(agency)).isEqualTo("person");
        assertThat(stack.undoLabel()).contains("Create person (Source)");
    }

    @Test
    void anUnknownHotKeyIsRefusedNamingTheKeysThatExist() {
        assertThatThrownBy(() -> sut.createSpanForHotKey("z", 0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'z'").hasMessageContaining("p=PERSON").hasMessageContaining("1=statistic");
    }

    @Test
    void invalidOffsetsAndValuesAreRefusedWithoutAnyChange() {
        claim();
        List<String> before = f.dump();
        int emoji = f.begin("🚤");
        int length = Fixture.TEXT.length();

        assertThatThrownBy(() -> stack.execute(sut.createSpan(DefaultSchema.ENTITY, 10, 5, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it begins");
        assertThatThrownBy(() -> stack.execute(sut.createSpan(DefaultSchema.ENTITY, length - 2, length + 3, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
        assertThatThrownBy(() -> stack.execute(sut.createSpan(DefaultSchema.ENTITY, emoji + 1, emoji + 2, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("splits the character");
        assertThatThrownBy(() -> stack.execute(sut.createSpan(DefaultSchema.ENTITY, 0, 4, Map.of("type", "PLANET"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tag 'PLANET'")
                .hasMessageContaining("PERSON");
        assertThatThrownBy(() -> stack.execute(sut.createSpan("Topic", 0, 4, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no layer 'Topic'");
        AnnotationFS claim = sut.layers().spans(DefaultSchema.CLAIM).get(0);
        assertThatThrownBy(() -> stack.execute(sut.relate(DefaultSchema.ATTRIBUTION, claim, claim, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a Source span");
        assertThatThrownBy(() -> stack.execute(sut.setFeature(claim, "value", "forty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a number");

        assertThat(f.dump()).isEqualTo(before);
        assertThat(stack.undoLabel()).contains("Create Claim span");
    }

    @Test
    void tokensAndSentencesCannotBeDeleted() {
        AnnotationFS token = f.cas.<AnnotationFS>getAnnotationIndex(f.cas.getTypeSystem().getType(AttestTypes.TOKEN))
                .iterator().next();

        assertThatThrownBy(() -> sut.delete(token).execute()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tokens and sentences are fixed");
    }

    @Test
    void anAnnotationAlreadyDeletedCannotBeDeletedAgain() {
        AnnotationFS claim = claim();
        stack.execute(sut.delete(claim));

        assertThatThrownBy(() -> sut.delete(claim).execute()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already deleted");
    }

    @Test
    void linkingSetsTheEntityFeatureOfTheMentionsLayer() {
        AnnotationFS person = run(sut.createSpanForHotKey("p", f.begin("Ana"), f.end("Kovačić")));
        AnnotationFS source = source();

        stack.execute(sut.link(person, "E7"));
        stack.execute(sut.link(source, "E7"));

        assertThat(sut.layers().value(person, "entity")).isEqualTo("E7");
        assertThat(sut.layers().value(source, "entity")).isEqualTo("E7");
        stack.undo();
        assertThat(sut.layers().value(source, "entity")).isEqualTo("E1");
        assertThatThrownBy(() -> sut.link(claim(), "E7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Claim annotation cannot be linked").hasMessageContaining("[Entity, Source]");
    }

    @Test
    void theStackIsDirtyUntilSavedAndAgainAfterUndo() {
        assertThat(stack.isDirty()).isFalse();
        claim();
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        assertThat(stack.canRedo()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        cue();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).as("the saved state was discarded with the redo history").isTrue();
        assertThat(stack.canUndo()).isFalse();
        assertThatThrownBy(stack::undo).isInstanceOf(IllegalStateException.class).hasMessage("Nothing to undo");
    }

    @Test
    void aCommandIsExecutedOnceAndThenOnlyUndoneAndRedone() {
        EditCommand create = sut.createSpan(DefaultSchema.CUE, f.begin("said"), f.end("said"), Map.of());

        assertThatThrownBy(create::undo).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never executed");
        create.execute();
        assertThatThrownBy(create::execute).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already executed");
        assertThatThrownBy(create::redo).isInstanceOf(IllegalStateException.class).hasMessageContaining("not undone");
        assertThat(sut.layers().spans(DefaultSchema.CUE)).hasSize(1);
    }

    @Test
    void aCompositeWhosePartFailsLeavesNothingBehind() {
        List<String> before = f.dump();
        CompositeCommand both = new CompositeCommand("two", List.of(
                sut.createSpan(DefaultSchema.CUE, f.begin("said"), f.end("said"), Map.of()),
                sut.createSpan(DefaultSchema.CUE, 5, 1, Map.of())));

        assertThatThrownBy(() -> stack.execute(both)).isInstanceOf(IllegalArgumentException.class);

        assertThat(f.dump()).isEqualTo(before);
        assertThat(stack.canUndo()).isFalse();
    }
}
