package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.schema.Schemas;
import org.attest.suggest.Acceptance;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;
import org.attest.suggest.api.Suggestion;
import org.attest.ui.colors.ColorCache;
import org.attest.ui.suggest.SuggestPreferences;
import org.attest.ui.suggest.SuggestionsAddon;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suggestions in the annotation editor, settled with the real keys the issue names: Enter accepts, Backspace rejects
 * for good, Tab walks annotations and suggestions together, Ctrl+Shift+Enter accepts all from the threshold in one
 * step Undo takes back.
 */
class EditorSuggestionsTest extends AnnotationEditorCase {

    private SuggestionsAddon addon;

    @BeforeEach
    void listSuggestionsAndReopen() throws Exception {
        RealInput.requireXdotool();
        SuggestPreferences.setShown(true);
        SuggestPreferences.setThreshold(80);
        // only the listed words: the rule recommenders would propose cues and figures of the sample too
        for (Recommender r : Recommenders.all()) {
            SuggestPreferences.setEnabled(r, r.name().equals("listed"));
        }
        ListedRecommender.list(fixture.corpus(), "Entity|PERSON|0.9|Ana Kovačić", "Entity|GPE|0.4|Lindor",
                "Entity|PERSON|0.95|Petr Halvorsen");
        reopen();
    }

    @AfterEach
    void forgetTheSuggestionPreferences() throws Exception {
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).clear();
    }

    @Test
    void enterAcceptsTheSuggestionClickedAndMarksItsRecommender() throws Exception {
        RealInput.click(RealInput.atOffset(sut.textWidget(), offsetOf("Ana Kovačić") + 3, 2));
        assertThat(addon.ghosts().current()).as("the clicked suggestion").isNotNull();

        RealInput.key("Return");

        AnnotationFS span = span("Entity", "Ana Kovačić");
        assertThat(layers().label(span)).isEqualTo("PERSON");
        assertThat(Acceptance.suggestedBy(span)).isEqualTo("listed");
        assertThat(shown()).containsExactly("Lindor", "Petr Halvorsen");
        assertThat(sut.selected()).isEqualTo(span);
    }

    @Test
    void backspaceRejectsTheSuggestionAndItDoesNotComeBackAfterReopening() throws Exception {
        sut.textWidget().setCaretOffset(0);
        RealInput.key("Tab");
        assertThat(covered(addon.ghosts().current())).isEqualTo("Ana Kovačić");

        RealInput.key("BackSpace");

        assertThat(shown()).containsExactly("Lindor", "Petr Halvorsen");
        assertThat(layers().spans("Entity")).isEmpty();
        reopen();
        assertThat(shown()).containsExactly("Lindor", "Petr Halvorsen");
    }

    @Test
    void tabWalksTheAnnotationsAndTheSuggestionsTogetherInReadingOrder() throws Exception {
        int lieva = offsetOf("Lieva");
        assertThat(sut.run(sut.editing().createSpanForHotKey("l", lieva, lieva + "Lieva".length()))).isTrue();
        sut.select(null);
        sut.textWidget().setCaretOffset(0);

        RealInput.key("Tab");
        assertThat(sut.selected().getCoveredText()).isEqualTo("Lieva");
        RealInput.key("Tab");
        assertThat(covered(addon.ghosts().current())).isEqualTo("Ana Kovačić");
        assertThat(sut.selected()).isNull();
        RealInput.key("Tab");
        assertThat(covered(addon.ghosts().current())).isEqualTo("Lindor");
        RealInput.key("shift+Tab");
        assertThat(covered(addon.ghosts().current())).isEqualTo("Ana Kovačić");
    }

    @Test
    void acceptAllTakesWhatScoresFromTheThresholdAsOneStepThatUndoRestores() throws Exception {
        RealInput.key("ctrl+shift+Return");

        assertThat(layers().spans("Entity")).extracting(AnnotationFS::getCoveredText)
                .containsExactly("Ana Kovačić", "Petr Halvorsen");
        assertThat(shown()).containsExactly("Lindor");

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        flush();
        assertThat(layers().spans("Entity")).isEmpty();
        assertThat(shown()).containsExactly("Ana Kovačić", "Lindor", "Petr Halvorsen");
    }

    @Test
    void theGhostSpansAreOutlinedInTheLayersColours() throws Exception {
        StyledText text = sut.textWidget();
        int begin = offsetOf("Ana Kovačić");
        Rectangle box = text.getDisplay().map(text, null, text.getTextBounds(begin, begin + 10));
        RGB person = new ColorCache(text).color(Schemas.layer(sut.schema(), "Entity").orElseThrow(), "PERSON")
                .getRGB();

        UiEvents.waitFor(() -> addon.ghosts().shown().stream().anyMatch(g -> g.begin() == begin),
                "the suggestion over Ana Kovačić shown");
        // GTK paints on its frame clock, after the widget asked: in full runs on a busy machine the first picture
        // could still hold the editor as it was before its suggestions came in (the toolbar read "0 shown" in it)
        ImageData shown = GhostSpans.screenshotShowing(text, "suggestions.png",
                picture -> pixels(picture, text, box, person) > box.width / 3);
        RealInput.key("Tab");
        RealInput.key("BackSpace");
        ImageData rejected = GhostSpans.screenshotShowing(text, "suggestions-rejected.png",
                picture -> pixels(picture, text, box, person) == 0);

        assertThat(pixels(shown, text, box, person)).as("outline pixels under the suggestion")
                .isGreaterThan(box.width / 3);
        assertThat(pixels(rejected, text, box, person)).as("outline pixels once rejected").isZero();
    }

    private void reopen() throws Exception {
        sut = GhostSpans.reopen(sut);
        addon = GhostSpans.of(sut);
    }

    private Layers layers() {
        return new Layers(sut.cas(), sut.schema());
    }

    private AnnotationFS span(String layer, String covered) {
        return layers().spans(layer).stream().filter(s -> s.getCoveredText().equals(covered)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + layer + " span over '" + covered + "'"));
    }

    private java.util.List<String> shown() {
        return addon.ghosts().shown().stream().map(this::covered).toList();
    }

    private String covered(Suggestion s) {
        return s == null ? null : sut.textWidget().getText(s.begin(), s.end() - 1);
    }

    private int offsetOf(String words) {
        return sut.textWidget().getText().indexOf(words);
    }

    // The bottom edge of the ghost's box, in the window's picture: pixels in the layer's colour.
    private static int pixels(ImageData shot, StyledText text, Rectangle box, RGB colour) {
        Rectangle window = text.getShell().getBounds();
        int y = box.y + box.height - window.y;
        int count = 0;
        for (int x = box.x - window.x; x < box.x - window.x + box.width; x++) {
            count += colour.equals(shot.palette.getRGB(shot.getPixel(x, y))) ? 1 : 0;
        }
        return count;
    }
}
