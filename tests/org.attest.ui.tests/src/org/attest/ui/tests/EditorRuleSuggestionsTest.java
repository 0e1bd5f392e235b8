package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.suggest.Acceptance;
import org.attest.suggest.api.Suggestion;
import org.attest.ui.suggest.SuggestPreferences;
import org.attest.ui.suggest.SuggestionsAddon;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample article with the installed rule recommenders on, as a new user sees it: cue words and figures proposed
 * as ghost spans, accepted all at once and taken back with one Undo.
 */
class EditorRuleSuggestionsTest extends AnnotationEditorCase {

    private SuggestionsAddon addon;

    @BeforeEach
    void turnSuggestionsOnAndReopen() throws Exception {
        SuggestPreferences.setShown(true);
        sut = GhostSpans.reopen(sut);
        addon = GhostSpans.of(sut);
    }

    @AfterEach
    void forgetTheSuggestionPreferences() throws Exception {
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).clear();
    }

    @Test
    void theCuesAndFiguresOfTheSampleArticleAreProposedAsGhostSpans() throws Exception {
        List<Suggestion> shown = addon.ghosts().shown();

        assertThat(shown).extracting(Suggestion::recommender).contains("cues", "figures");
        assertThat(shown).filteredOn(s -> s.recommender().equals("cues")).extracting(this::covered).contains("said");
        assertThat(new Layers(sut.cas(), sut.schema()).countPerLayer().values()).allMatch(n -> n == 0);
        GhostSpans.screenshot(sut.textWidget(), "suggestions-rules.png");
    }

    @Test
    void acceptingAllThenUndoingRestoresTheDocumentAndItsSuggestions() throws Exception {
        SuggestPreferences.setThreshold(0);
        sut = GhostSpans.reopen(sut);
        addon = GhostSpans.of(sut);
        int proposed = addon.ghosts().shown().size();
        assertThat(proposed).isPositive();

        RealInput.requireXdotool();
        RealInput.key("ctrl+shift+Return");

        Layers layers = new Layers(sut.cas(), sut.schema());
        List<AnnotationFS> accepted = sut.schema().getLayers().stream()
                .filter(l -> l instanceof org.attest.model.SpanLayer)
                .flatMap(l -> layers.spans(l.getName()).stream()).toList();
        assertThat(accepted).hasSize(proposed).allSatisfy(a -> assertThat(Acceptance.suggestedBy(a)).isNotNull());
        assertThat(addon.ghosts().shown()).isEmpty();

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        flush();
        assertThat(new Layers(sut.cas(), sut.schema()).countPerLayer().values()).allMatch(n -> n == 0);
        assertThat(addon.ghosts().shown()).hasSize(proposed);
    }

    private String covered(Suggestion s) {
        return sut.textWidget().getText(s.begin(), s.end() - 1);
    }
}
