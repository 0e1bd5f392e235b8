package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;
import org.attest.testing.Samples;
import org.attest.testing.ScriptedWork;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.attest.ui.suggest.SuggestPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The sample article open in the real annotation editor, driven with keys and selections as an annotator would. */
final class AnnotationEditorFixture {

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private final Path corpus;
    private final IWorkbenchPage page;
    private final AnnotationEditor editor;

    private AnnotationEditorFixture(Path corpus, String annotator) throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, annotator);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        // the editor tests walk and delete annotations with keys that also settle suggestions: those tests show none
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).putBoolean(SuggestPreferences.SHOW, false);
        this.corpus = corpus;
        workbench.getService(CorpusSession.class).open(corpus);
        page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        editor = EditorCommands.open(page, "harbour-flood-a");
        waitUntilLoaded(editor);
    }

    /** Imports the samples into a corpus under {@code tmp} and opens harbour-flood-a as "kari", without autosave. */
    static AnnotationEditorFixture open(Path tmp) throws Exception {
        Path corpus = tmp.resolve("flood");
        try (CorpusStore store = CorpusStore.init(corpus, "flood", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                    });
        }
        return new AnnotationEditorFixture(corpus, "kari");
    }

    /**
     * Lets the scripted annotators annotate the samples in a corpus under {@code tmp} and opens harbour-flood-a as
     * "anna", whose claims carry their attributions, reopened for editing.
     */
    static AnnotationEditorFixture openAnnotated(Path tmp) throws Exception {
        Path corpus = tmp.resolve("flood");
        ScriptedWork.annotatedByAnnaAndBen(corpus);
        AnnotationEditorFixture fixture = new AnnotationEditorFixture(corpus, "anna");
        fixture.editor().reopen();
        flush();
        return fixture;
    }

    /** Closes the editors and the corpus and forgets the annotator, autosave and suggestion preferences. */
    void close() throws Exception {
        page.closeAllEditors(false);
        workbench.getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.AUTOSAVE_SECONDS);
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).remove(SuggestPreferences.SHOW);
    }

    /** Returns the open editor. */
    AnnotationEditor editor() {
        return editor;
    }

    /** Returns the corpus folder. */
    Path corpus() {
        return corpus;
    }

    /** Runs UI events until {@code editor} has loaded its document, for at most 30 seconds. */
    static void waitUntilLoaded(AnnotationEditor editor) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!editor.loaded() && System.currentTimeMillis() < deadline) {
            flush();
            Thread.sleep(10);
        }
        flush();
        assertThat(editor.loaded()).as("the document loaded").isTrue();
    }

    /** Selects the first occurrence of {@code words} in the text. */
    void select(String words) {
        StyledText text = editor.textWidget();
        int begin = text.getText().indexOf(words);
        assertThat(begin).as("'%s' in the text", words).isNotNegative();
        text.setSelection(begin, begin + words.length());
    }

    /** Presses the key of {@code character} and {@code keyCode} in the text. */
    void press(char character, int keyCode) {
        Event e = new Event();
        e.character = character;
        e.keyCode = keyCode;
        editor.textWidget().notifyListeners(SWT.KeyDown, e);
        flush();
    }

    /** Presses the key of {@code character} in the text. */
    void press(char character) {
        press(character, character);
    }

    /** Returns the layers of the editor's CAS. */
    Layers layers() {
        return new Layers(editor.cas(), editor.schema());
    }

    /** Returns the span of {@code layer} that covers exactly {@code covered}. */
    AnnotationFS span(String layer, String covered) {
        return layers().spans(layer).stream().filter(s -> s.getCoveredText().equals(covered)).findFirst().orElseThrow();
    }
}
