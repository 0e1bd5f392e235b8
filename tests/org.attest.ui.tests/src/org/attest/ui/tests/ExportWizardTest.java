package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.uima.cas.CAS;
import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.testing.Samples;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.export.ExportWizard;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export wizard runs the export as a job and reports the files it wrote. */
class ExportWizardTest {

    @TempDir
    Path tmp;

    @AfterEach
    void closeCorpus() throws Exception {
        PlatformUI.getWorkbench().getService(CorpusSession.class).close();
    }

    @Test
    void anAnnotatorsWorkIsExportedAsJsonLinesWithAManifest() throws Exception {
        Path corpus = tmp.resolve("flood");
        try (CorpusStore store = CorpusStore.init(corpus, "flood", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                    });
            ScriptedAnnotator anna = new ScriptedAnnotator(store.corpus().getSchema(), Personality.careful("anna"));
            for (Document document : store.corpus().getDocuments()) {
                CAS cas = store.readCas(document, "anna");
                anna.annotate(cas);
                store.writeCas(document, "anna", cas);
                store.setState(document, store.ensureAnnotator("anna"), DocumentState.FINISHED);
            }
            store.saveModel();
        }
        CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
        session.open(corpus);
        AtomicReference<IStatus> result = new AtomicReference<>();
        ExportWizard sut = new ExportWizard(session.store().orElseThrow(), result::set);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), sut);
        dialog.create();
        Path out = tmp.resolve("out");
        sut.prefill("jsonl", "anna", out.toString());

        assertThat(sut.performFinish()).isTrue();
        dialog.close();
        sut.job().join();
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the job's result arrive
        }

        assertThat(result.get().getSeverity()).as(result.get().getMessage()).isEqualTo(IStatus.INFO);
        assertThat(result.get().getMessage()).contains("Exported").contains(out.toString());
        assertThat(out.resolve("manifest.json")).exists();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("train.jsonl", "manifest.json");
        }
    }
}
