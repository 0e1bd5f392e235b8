package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.DocumentAgreement;
import org.attest.agreement.corpus.LabelAgreement;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.demo.ScriptedAnnotator;
import org.attest.store.CorpusStore;
import org.attest.testing.ScriptedWork;
import org.attest.ui.agreement.AgreementView;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.perspectives.CuratePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Agreement view in the Curate perspective shows what the headless service computes and leads to the disagreements.
 */
class AgreementViewTest {

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private Path corpus;
    private IWorkbenchPage page;
    private AgreementView sut;

    /** Imports the samples and lets anna and ben annotate them; ben finishes only when {@code benFinishes}. */
    private void openSamplesAnnotatedByAnnaAndBen(boolean benFinishes) throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "anna");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        corpus = tmp.resolve("flood");
        ScriptedWork.annotatedByAnnaAndBen(corpus, corpus.getFileName().toString(), benFinishes).close();
        workbench.getService(CorpusSession.class).open(corpus);
        page = workbench.showPerspective(CuratePerspective.ID, workbench.getActiveWorkbenchWindow());
        sut = (AgreementView) page.showView(AgreementView.ID);
        waitForTheMeasurement();
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (page != null) {
            page.closeAllEditors(false);
        }
        workbench.getService(CorpusSession.class).close();
        flush();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.AUTOSAVE_SECONDS);
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI events
        }
    }

    private void waitForTheMeasurement() throws InterruptedException {
        flush();
        long deadline = System.currentTimeMillis() + 60_000;
        while (sut.isComputing() && System.currentTimeMillis() < deadline) {
            if (!Display.getCurrent().readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        flush();
        assertThat(sut.isComputing()).as("the agreement job finished within a minute").isFalse();
    }

    private AgreementReport headlessReport() throws Exception {
        try (CorpusStore reader = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return new AgreementService(reader).compute(AgreementRequest.defaults(), m -> {
            });
        }
    }

    @Test
    void theDocumentsAreListedLowestAgreementFirst() throws Exception {
        openSamplesAnnotatedByAnnaAndBen(true);

        for (LayerAgreement layer : headlessReport().layers()) {
            sut.selectLayer(layer.layer());

            List<DocumentAgreement> rows = sut.documents();
            assertThat(rows).as("documents of %s", layer.layer()).hasSize(3);
            assertThat(
                    rows.stream().filter(DocumentAgreement::isDefined).mapToDouble(DocumentAgreement::value).toArray())
                    .as("values of %s", layer.layer()).isSorted();
            assertThat(rows).as("documents of %s", layer.layer()).isEqualTo(layer.documents());
        }
    }

    @Test
    void theHeatMapAndTheBarsHoldTheFiguresTheHeadlessServiceComputes() throws Exception {
        openSamplesAnnotatedByAnnaAndBen(true);

        AgreementReport expected = headlessReport();
        assertThat(sut.report().annotators()).containsExactly("anna", "ben");
        assertThat(sut.pairAnnotators()).containsExactly("anna", "ben");
        for (LayerAgreement layer : expected.layers()) {
            sut.selectLayer(layer.layer());

            assertThat(sut.pairValue("anna", "ben")).as("kappa of %s", layer.layer())
                    .isEqualTo(Double.valueOf(layer.pairs().get(0).cohen().value()));
            assertThat(sut.pairValue("ben", "anna")).isEqualTo(Double.valueOf(sut.pairValue("anna", "ben")));
            Map<String, Double> alphas = new LinkedHashMap<>();
            for (LabelAgreement label : layer.labels()) {
                alphas.put(label.label(), label.results().get(AgreementRequest.ALPHA).value());
            }
            assertThat(sut.labelValues()).as("label alphas of %s", layer.layer()).containsExactlyEntriesOf(alphas);
        }
        assertThat(expected.layers().get(0).pairs().get(0).cohen().isDefined()).as("a real figure, not only NaN = NaN")
                .isTrue();
    }

    @Test
    void doubleClickingTheFirstDocumentOpensItAtItsFirstDisagreement() throws Exception {
        openSamplesAnnotatedByAnnaAndBen(true);
        DocumentAgreement first = sut.documents().get(0);
        assertThat(first.firstDisagreementBegin()).as("anna and ben disagree somewhere in %s", first.document())
                .isNotNegative();

        Table table = sut.documentTable();
        table.setFocus();
        table.setSelection(0);
        Event doubleClick = new Event();
        doubleClick.item = table.getItem(0);
        table.notifyListeners(SWT.DefaultSelection, doubleClick);
        flush();
        if (page.getActiveEditor() instanceof AnnotationEditor opened) {
            AnnotationEditorTest.waitUntilLoaded(opened);
        }

        assertThat(page.getActiveEditor()).isInstanceOfSatisfying(AnnotationEditor.class, editor -> {
            assertThat(editor.document().getId()).isEqualTo(first.document());
            assertThat(editor.textWidget().getSelection())
                    .isEqualTo(new Point(first.firstDisagreementBegin(), first.firstDisagreementEnd()));
        });
    }

    @Test
    void withOneFinishedAnnotatorTheViewExplainsWhyAndTheCheckBoxCountsWorkInProgress() throws Exception {
        openSamplesAnnotatedByAnnaAndBen(false);

        assertThat(sut.report()).isNull();
        assertThat(sut.message()).contains("two annotators", "only anna has", "Include in-progress documents");

        sut.setIncludeInProgress(true);
        waitForTheMeasurement();

        assertThat(sut.message()).isNull();
        assertThat(sut.report().annotators()).containsExactly("anna", "ben");
        assertThat(sut.report().includeInProgress()).isTrue();
    }

    @Test
    void withoutACorpusTheViewSaysHowToOpenOne() throws Exception {
        openSamplesAnnotatedByAnnaAndBen(true);

        workbench.getService(CorpusSession.class).close();
        flush();

        assertThat(sut.report()).isNull();
        assertThat(sut.message()).startsWith("No corpus open");
    }
}
