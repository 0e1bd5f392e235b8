package org.attest.edit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.attest.edit.Span;
import org.attest.edit.TokenSnapper;
import org.attest.model.schema.DefaultSchema;
import org.attest.testing.Fixture;
import org.junit.jupiter.api.Test;

class TokenSnapperTest {

    private final Fixture f = new Fixture();

    private String snapped(int begin, int end) {
        Span span = TokenSnapper.snap(f.cas, begin, end);
        return Fixture.TEXT.substring(span.begin(), span.end());
    }

    @Test
    void aSelectionInsideAWordCoversTheWholeWord() {
        assertThat(snapped(f.begin("ssin"), f.end("ssin"))).isEqualTo("missing");
    }

    @Test
    void aSelectionOfPartsOfTwoWordsCoversBoth() {
        assertThat(snapped(f.begin("ver burst") + 1, f.begin("burst") + 2)).isEqualTo("river burst");
    }

    @Test
    void whitespaceAroundASelectionIsTrimmed() {
        assertThat(snapped(f.begin(" Ana Kovačić "), f.end(" Ana Kovačić "))).isEqualTo("Ana Kovačić");
    }

    @Test
    void aNameWithNonAsciiLettersIsOneWord() {
        assertThat(snapped(f.begin("vači"), f.end("vači"))).isEqualTo("Kovačić");
        assertThat(snapped(f.begin("šinj"), f.end("šinj"))).isEqualTo("Pašinjan");
    }

    @Test
    void punctuationNextToAWordIsLeftOutUnlessSelected() {
        assertThat(snapped(f.begin("overnig"), f.end("overnig"))).isEqualTo("overnight");
        assertThat(snapped(f.begin("night, Ma"), f.end("night, Ma"))).isEqualTo("overnight, Mayor");
    }

    @Test
    void aCaretInOrRightAfterAWordSelectsThatWord() {
        assertThat(snapped(f.begin("Saturday") + 3, f.begin("Saturday") + 3)).isEqualTo("Saturday");
        assertThat(snapped(f.end("overnight"), f.end("overnight"))).as("caret between the word and its comma")
                .isEqualTo("overnight");
        assertThat(snapped(f.begin("Lieva"), f.begin("Lieva"))).isEqualTo("Lieva");
    }

    @Test
    void aSelectionOfWhitespaceOnlyGivesAnEmptySpan() {
        int space = f.end("Mayor");

        Span span = TokenSnapper.snap(f.cas, space, space + 1);

        assertThat(span).isEqualTo(new Span(space, space));
        assertThat(span.isEmpty()).isTrue();
    }

    @Test
    void anEmojiIsSnappedWholeAndCanBeAnnotated() {
        int emoji = f.begin("🚤");

        Span span = TokenSnapper.snap(f.cas, emoji + 1, emoji + 1);

        assertThat(span).isEqualTo(new Span(emoji, emoji + 2));
        f.editing.createSpan(DefaultSchema.ENTITY, span.begin(), span.end(), Map.of()).execute();
        assertThat(f.editing.layers().spans(DefaultSchema.ENTITY).get(0).getCoveredText()).isEqualTo("🚤");
    }

    @Test
    void anInvertedOrOverlongSelectionIsNormalised() {
        assertThat(snapped(f.end("Pašinjan wrote"), f.begin("wrote") + 2)).isEqualTo("wrote");
        assertThat(snapped(f.begin("wrote."), Integer.MAX_VALUE)).isEqualTo("wrote.");
    }
}
