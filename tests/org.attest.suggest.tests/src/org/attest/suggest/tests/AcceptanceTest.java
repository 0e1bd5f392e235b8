package org.attest.suggest.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.EditCommand;
import org.attest.suggest.Acceptance;
import org.attest.suggest.api.Suggestion;
import org.attest.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptanceTest {

    @TempDir
    Path tmp;

    private final Fixture fixture = new Fixture();

    private Suggestion figure() {
        return new Suggestion("figures", "Claim", fixture.begin("Up to 40 people"), fixture.end("Up to 40 people"),
                "statistic", Map.of("value", 40.0, "qualifier", "up to", "unit", "people"), 0.8, "a figure");
    }

    @Test
    void thatAnAcceptedSuggestionIsAddedWithItsFeaturesAndMarkedWithItsRecommender() {
        EditCommand sut = Acceptance.command(fixture.editing, figure());
        sut.execute();
        AnnotationFS claim = fixture.editing.layers().spans("Claim").get(0);
        assertThat(claim.getCoveredText()).isEqualTo("Up to 40 people");
        assertThat(fixture.editing.layers().value(claim, "value")).isEqualTo(40.0);
        assertThat(fixture.editing.layers().value(claim, "qualifier")).isEqualTo("up to");
        assertThat(fixture.editing.layers().label(claim)).isEqualTo("statistic");
        assertThat(Acceptance.suggestedBy(claim)).isEqualTo("figures");
    }

    @Test
    void thatAcceptingAllThenUndoRestoresTheDocumentAndRedoMarksAgain() {
        List<String> before = fixture.dump();
        Suggestion cue = new Suggestion("cues", "Cue", fixture.begin("said"), fixture.end("said"), "CUE", Map.of(),
                0.6, "");
        Suggestion person = new Suggestion("registry", "Entity", fixture.begin("Ana Kovačić"),
                fixture.end("Ana Kovačić"), "PERSON", Map.of("entity", "E-1"), 0.9, "");
        EditCommand sut = Acceptance.all(fixture.editing, List.of(figure(), cue, person));
        sut.execute();
        List<String> accepted = fixture.dump();
        assertThat(accepted).hasSize(before.size() + 3);
        sut.undo();
        assertThat(fixture.dump()).isEqualTo(before);
        sut.redo();
        assertThat(fixture.dump()).isEqualTo(accepted);
        assertThat(fixture.editing.layers().spans("Entity")).extracting(Acceptance::suggestedBy)
                .containsExactly("registry");
    }

    @Test
    void thatASpanMadeByHandIsSuggestedByNoOne() {
        fixture.editing.createSpan("Cue", fixture.begin("said"), fixture.end("said"), Map.of("type", "CUE"))
                .execute();
        assertThat(Acceptance.suggestedBy(fixture.editing.layers().spans("Cue").get(0))).isNull();
    }

    @Test
    void thatASuggestionTheCasCannotHoldLeavesTheDocumentUnchanged() {
        List<String> before = fixture.dump();
        Suggestion wrong = new Suggestion("figures", "Claim", 0, 5, "statistic", Map.of("colour", "red"), 0.5, "");
        EditCommand sut = Acceptance.all(fixture.editing, List.of(figure(), wrong));
        org.assertj.core.api.Assertions.assertThatThrownBy(sut::execute).hasMessageContaining("colour");
        assertThat(fixture.dump()).isEqualTo(before);
    }
}
