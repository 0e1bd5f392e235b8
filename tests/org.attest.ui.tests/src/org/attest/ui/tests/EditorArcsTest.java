package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.ArcLayout;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attributions and Vias as arcs above the text of a document the scripted annotator anna annotated: laid out without
 * collisions, chosen by a click of the real mouse on their label, deleted by key and brought back by Undo.
 */
class EditorArcsTest {

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private AnnotationEditorFixture fixture;
    private AnnotationEditor sut;

    @BeforeEach
    void openAnnasArticle() throws Exception {
        fixture = AnnotationEditorFixture.openAnnotated(tmp);
        sut = fixture.editor();
        sut.getSite().getShell().setBounds(0, 0, 1400, 900);
        settle();
    }

    @AfterEach
    void closeEverything() throws Exception {
        fixture.close();
    }

    @Test
    void everyRelationOfTheDocumentHasAnArcAndArcsOfOneLineAndLevelDoNotOverlap() throws Exception {
        List<AnnotationFS> relations = new java.util.ArrayList<>(relations());
        assertThat(relations).as("anna's attributions of harbour-flood-a").hasSizeGreaterThanOrEqualTo(2);
        relations.addAll(fixture.layers().relations("Via"));

        ArcLayout arcs = sut.arcs();

        Set<AnnotationFS> drawn = new HashSet<>();
        arcs.segments().forEach(s -> drawn.add(s.arc().relation()));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(relations);
        ArcLayoutTest.assertNoTwoSegmentsOfALevelOverlap(arcs);
        screenshot("arcs.png");
    }

    @Test
    void aClickOnAnArcsLabelSelectsTheRelationDeleteRemovesItAndUndoBringsItBack() throws Exception {
        RealInput.requireXdotool();
        AnnotationFS relation = relations().get(0);
        Rectangle label = sut.arcLabel(relation);
        assertThat(label).as("the painted label of the first attribution").isNotNull();

        RealInput.click(sut.textWidget().toDisplay(label.x + label.width / 2, label.y + label.height / 2));

        assertThat(sut.selected()).isSameAs(relation);
        var shown = ((IStructuredSelection) sut.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertThat(shown).hasToString(sut.labelOf(relation) + " \"" + relation.getCoveredText() + "\" ["
                + relation.getBegin() + "-" + relation.getEnd() + "]");
        screenshot("arc-selected.png");

        RealInput.key("Delete");
        assertThat(relations()).doesNotContain(relation);
        assertThat(sut.selected()).as("the deleted relation is no longer selected").isNull();
        assertThat(sut.getSite().getSelectionProvider().getSelection().isEmpty()).isTrue();
        assertThat(sut.arcs().segments()).noneMatch(s -> s.arc().relation() == relation);
        assertThat(RealInput.statusLine(sut.getSite().getShell())).startsWith("Done: Delete Attribution")
                .contains(relation.getCoveredText().substring(0, 10));

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        settle();
        assertThat(relations()).contains(relation);
        assertThat(sut.arcs().segments()).anyMatch(s -> s.arc().relation() == relation);
        assertThat(RealInput.statusLine(sut.getSite().getShell())).startsWith("Undone: Delete Attribution");
    }

    @Test
    void aViaMadeFromTheKeyboardGetsAnArcLabelledViaInItsLayersColour() throws Exception {
        sut.select(fixture.span("Source", "Ana Kovačić"));
        fixture.press('V');
        sut.select(fixture.span("Source", "regional civil protection office"));
        fixture.press('\r', SWT.CR);
        settle();

        AnnotationFS via = fixture.layers().relations("Via").get(0);
        assertThat(sut.arcs().segments()).filteredOn(s -> s.arc().relation() == via).isNotEmpty()
                .allSatisfy(s -> assertThat(s.arc().label()).isEqualTo("Via"));
        assertThat(sut.arcLabel(via)).as("the Via's painted label").isNotNull();
        ArcLayoutTest.assertNoTwoSegmentsOfALevelOverlap(sut.arcs());
        screenshot("arcs-with-via.png");
    }

    @Test
    void escapeDeselectsTheRelation() {
        AnnotationFS relation = relations().get(0);
        sut.select(relation);

        fixture.press((char) 27, SWT.ESC);

        assertThat(sut.selected()).isNull();
        assertThat(relations()).contains(relation);
    }

    private List<AnnotationFS> relations() {
        return fixture.layers().relations("Attribution");
    }

    private void settle() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            sut.textWidget().redraw();
            sut.textWidget().update();
            flush();
            Thread.sleep(50);
        }
    }

    private void screenshot(String name) throws Exception {
        WindowShot.save(sut, name);
    }
}
