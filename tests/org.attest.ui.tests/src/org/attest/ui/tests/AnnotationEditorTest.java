package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.ui.editor.AnnotationEditor;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

/** Drives the real annotation editor with keys and selections, as an annotator would, and checks what lands on disk. */
class AnnotationEditorTest extends AnnotationEditorCase {

    /** Runs UI events until {@code editor} has loaded its document, for at most 30 seconds. */
    static void waitUntilLoaded(AnnotationEditor editor) throws InterruptedException {
        AnnotationEditorFixture.waitUntilLoaded(editor);
    }

    @Test
    void aHotKeyOnASelectionCreatesTheSpanAndSaveWritesItToTheAnnotatorsCas() throws Exception {
        fixture.select("Ana Kovačić");
        fixture.press('p');

        assertThat(sut.isDirty()).isTrue();
        sut.doSave(null);
        assertThat(sut.isDirty()).isFalse();

        try (CorpusStore reader = CorpusStore.open(fixture.corpus(), CorpusStore.Mode.READ, "test")) {
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
        fixture.select("Up to 40 people are missing");
        fixture.press('1');
        fixture.select("Mayor Ana Kovačić");
        fixture.press('s');
        fixture.select("said");
        fixture.press('k');

        sut.select(fixture.span("Claim", "Up to 40 people are missing"));
        fixture.press('A');
        sut.select(fixture.span("Source", "Mayor Ana Kovačić"));
        fixture.press('\r', SWT.CR);
        sut.select(fixture.span("Cue", "said"));
        fixture.press('\r', SWT.CR);

        AnnotationFS attribution = fixture.layers().relations("Attribution").get(0);
        assertThat(((AnnotationFS) fixture.layers().value(attribution, "from")).getCoveredText())
                .isEqualTo("Up to 40 people are missing");
        assertThat(((AnnotationFS) fixture.layers().value(attribution, "to")).getCoveredText())
                .isEqualTo("Mayor Ana Kovačić");
        assertThat(((AnnotationFS) fixture.layers().value(attribution, "cue")).getCoveredText()).isEqualTo("said");
    }

    @Test
    void undoRestoresTheCasAndRedoBringsTheSpanBack() throws Exception {
        fixture.select("Port Vesna");
        fixture.press('g');
        assertThat(fixture.layers().spans("Entity")).hasSize(1);

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        assertThat(fixture.layers().spans("Entity")).isEmpty();

        workbench.getOperationSupport().getOperationHistory().redo(sut.undoContext(), null, null);
        assertThat(fixture.layers().spans("Entity")).singleElement()
                .satisfies(s -> assertThat(s.getCoveredText()).isEqualTo("Port Vesna"));
    }

    @Test
    void deleteRemovesTheSelectedSpanAndTabWalksTheAnnotations() {
        fixture.select("Lieva");
        fixture.press('l');
        fixture.select("Saturday");
        fixture.press('d');
        sut.select(null);

        fixture.press('\t', SWT.TAB);
        assertThat(sut.selected().getCoveredText()).isEqualTo("Lieva");
        fixture.press('\t', SWT.TAB);
        assertThat(sut.selected().getCoveredText()).isEqualTo("Saturday");

        fixture.press((char) 127, SWT.DEL);
        assertThat(fixture.layers().spans("Entity")).extracting(AnnotationFS::getCoveredText).containsExactly("Lieva");
    }

    @Test
    void aFinishedDocumentRefusesEditsAndSaysWhy() throws Exception {
        sut.markFinished();
        flush();

        fixture.select("Ana Kovačić");
        fixture.press('p');

        assertThat(fixture.layers().spans("Entity")).isEmpty();
        assertThat(sut.editability().editable()).isFalse();
        assertThat(sut.editability().reason()).containsIgnoringCase("finished");

        sut.reopen();
        fixture.select("Ana Kovačić");
        fixture.press('p');
        assertThat(fixture.layers().spans("Entity")).hasSize(1);
    }

}
