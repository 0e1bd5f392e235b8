package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.testing.Samples;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real annotation editor with keys and selections, as an annotator would, and checks what lands on disk. */
class AnnotationEditorTest {

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private Path corpus;
    private IWorkbenchPage page;
    private AnnotationEditor sut;

    @BeforeEach
    void openTheSampleArticle() throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "kari");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        corpus = tmp.resolve("flood");
        try (CorpusStore store = CorpusStore.init(corpus, "flood", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                    });
        }
        workbench.getService(CorpusSession.class).open(corpus);
        page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        sut = EditorCommands.open(page, "harbour-flood-a");
        waitUntilLoaded(sut);
    }

    @AfterEach
    void closeEverything() throws Exception {
        page.closeAllEditors(false);
        workbench.getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.AUTOSAVE_SECONDS);
    }

    static void waitUntilLoaded(AnnotationEditor editor) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!editor.loaded() && System.currentTimeMillis() < deadline) {
            flush();
            Thread.sleep(10);
        }
        flush();
        assertThat(editor.loaded()).as("the document loaded").isTrue();
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI events
        }
    }

    private void select(String words) {
        StyledText text = sut.textWidget();
        int begin = text.getText().indexOf(words);
        assertThat(begin).as("'%s' in the text", words).isNotNegative();
        text.setSelection(begin, begin + words.length());
    }

    private void press(char character, int keyCode) {
        Event e = new Event();
        e.character = character;
        e.keyCode = keyCode;
        sut.textWidget().notifyListeners(SWT.KeyDown, e);
        flush();
    }

    private void press(char character) {
        press(character, character);
    }

    private Layers layers() {
        return new Layers(sut.cas(), sut.schema());
    }

    private AnnotationFS span(String layer, String covered) {
        return layers().spans(layer).stream().filter(s -> s.getCoveredText().equals(covered)).findFirst().orElseThrow();
    }

    @Test
    void aHotKeyOnASelectionCreatesTheSpanAndSaveWritesItToTheAnnotatorsCas() throws Exception {
        select("Ana Kovačić");
        press('p');

        assertThat(sut.isDirty()).isTrue();
        sut.doSave(null);
        assertThat(sut.isDirty()).isFalse();

        try (CorpusStore reader = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            var document = reader.document("harbour-flood-a").orElseThrow();
            Layers saved = new Layers(reader.readCas(document, "kari"), reader.corpus().getSchema());
            assertThat(saved.spans("Entity")).singleElement().satisfies(s -> {
                assertThat(s.getCoveredText()).isEqualTo("Ana Kovačić");
                assertThat(saved.label(s)).isEqualTo("PERSON");
            });
            assertThat(CorpusStore.state(document, "kari")).isEqualTo(DocumentState.IN_PROGRESS);
        }
    }

    @Test
    void anAttributionWithItsCueIsCreatedFromTheKeyboard() {
        select("Up to 40 people are missing");
        press('1');
        select("Mayor Ana Kovačić");
        press('s');
        select("said");
        press('k');

        sut.select(span("Claim", "Up to 40 people are missing"));
        press('A');
        sut.select(span("Source", "Mayor Ana Kovačić"));
        press('\r', SWT.CR);
        sut.select(span("Cue", "said"));
        press('\r', SWT.CR);

        AnnotationFS attribution = layers().relations("Attribution").get(0);
        assertThat(((AnnotationFS) layers().value(attribution, "from")).getCoveredText())
                .isEqualTo("Up to 40 people are missing");
        assertThat(((AnnotationFS) layers().value(attribution, "to")).getCoveredText()).isEqualTo("Mayor Ana Kovačić");
        assertThat(((AnnotationFS) layers().value(attribution, "cue")).getCoveredText()).isEqualTo("said");
    }

    @Test
    void undoRestoresTheCasAndRedoBringsTheSpanBack() throws Exception {
        select("Port Vesna");
        press('g');
        assertThat(layers().spans("Entity")).hasSize(1);

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        assertThat(layers().spans("Entity")).isEmpty();

        workbench.getOperationSupport().getOperationHistory().redo(sut.undoContext(), null, null);
        assertThat(layers().spans("Entity")).singleElement()
                .satisfies(s -> assertThat(s.getCoveredText()).isEqualTo("Port Vesna"));
    }

    @Test
    void deleteRemovesTheSelectedSpanAndTabWalksTheAnnotations() {
        select("Lieva");
        press('l');
        select("Saturday");
        press('d');
        sut.select(null);

        press('\t', SWT.TAB);
        assertThat(sut.selected().getCoveredText()).isEqualTo("Lieva");
        press('\t', SWT.TAB);
        assertThat(sut.selected().getCoveredText()).isEqualTo("Saturday");

        press((char) 127, SWT.DEL);
        assertThat(layers().spans("Entity")).extracting(AnnotationFS::getCoveredText).containsExactly("Lieva");
    }

    @Test
    void aFinishedDocumentRefusesEditsAndSaysWhy() throws Exception {
        sut.markFinished();
        flush();

        select("Ana Kovačić");
        press('p');

        assertThat(layers().spans("Entity")).isEmpty();
        assertThat(sut.editability().editable()).isFalse();
        assertThat(sut.editability().reason()).containsIgnoringCase("finished");

        sut.reopen();
        select("Ana Kovačić");
        press('p');
        assertThat(layers().spans("Entity")).hasSize(1);
    }

    @Test
    void thePropertiesViewShowsAndChangesFeaturesUndoably() throws Exception {
        select("Up to 40 people are missing");
        press('1');
        AnnotationFS claim = span("Claim", "Up to 40 people are missing");
        sut.select(claim);

        var element = ((org.eclipse.jface.viewers.IStructuredSelection) sut.getSite().getSelectionProvider()
                .getSelection()).getFirstElement();
        var properties = ((org.eclipse.core.runtime.IAdaptable) element)
                .getAdapter(org.eclipse.ui.views.properties.IPropertySource.class);
        assertThat(properties.getPropertyValue("text")).isEqualTo("Up to 40 people are missing");

        properties.setPropertyValue("value", "40");
        properties.setPropertyValue("unit", "people missing");
        assertThat(layers().value(claim, "value")).isEqualTo(40.0);
        assertThat(layers().value(claim, "unit")).isEqualTo("people missing");

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        assertThat(layers().value(claim, "unit")).isNull();
        assertThat(layers().value(claim, "value")).isEqualTo(40.0);
    }

    @Test
    void theQuickPickLinksMentionsToTheRegistryCreatingEntitiesAndAliases() throws Exception {
        select("Ana Kovačić");
        press('p');
        AnnotationFS full = span("Entity", "Ana Kovačić");
        sut.select(full);
        answerLinkDialog(null, "&New Entity from Mention");
        press('L');

        var corpus = workbench.getService(CorpusSession.class).store().orElseThrow().corpus();
        assertThat(corpus.getEntities()).singleElement().satisfies(e -> {
            assertThat(e.getCanonicalName()).isEqualTo("Ana Kovačić");
            assertThat(e.getType()).isEqualTo("PERSON");
            assertThat(layers().value(full, "entity")).isEqualTo(e.getId());
        });

        int second = sut.textWidget().getText().indexOf("Kovačić told");
        sut.textWidget().setSelection(second, second + "Kovačić".length());
        press('p');
        AnnotationFS shortName = layers().spans("Entity").stream().filter(a -> a.getBegin() == second).findFirst()
                .orElseThrow();
        sut.select(shortName);
        answerLinkDialog("kovacic", "Add Mention as &Alias && Link");
        press('L');

        assertThat(corpus.getEntities()).singleElement().satisfies(e -> {
            assertThat(e.getAliases()).containsExactly("Kovačić");
            assertThat(layers().value(shortName, "entity")).isEqualTo(e.getId());
        });
    }

    /**
     * Schedules the answer to the modal link dialog: type {@code query} (if any), then press the button labelled
     * {@code button}.
     */
    private static void answerLinkDialog(String query, String button) {
        Display display = Display.getCurrent();
        display.timerExec(200, new Runnable() {

            private int tries;

            @Override
            public void run() {
                org.eclipse.swt.widgets.Shell dialog = null;
                for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                    if (shell.isVisible() && shell.getText().startsWith("Link \"")) {
                        dialog = shell;
                    }
                }
                if (dialog == null) {
                    if (tries++ < 50) {
                        display.timerExec(100, this);
                    }
                    return;
                }
                if (query != null) {
                    find(dialog, org.eclipse.swt.widgets.Text.class, null).setText(query);
                }
                find(dialog, org.eclipse.swt.widgets.Button.class, button).notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    private static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Control root,
            Class<T> type, String text) {
        if (type.isInstance(root) && (text == null || text.equals(((org.eclipse.swt.widgets.Button) root).getText()))) {
            return type.cast(root);
        }
        if (root instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                T found = find(child, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
