package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.testing.Samples;
import org.attest.ui.corpus.AnnotatorStatusContribution;
import org.attest.ui.corpus.CorpusNavigatorView;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.DocumentRow;
import org.attest.ui.corpus.StateFilter;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus navigator in the running workbench shows a real corpus and filters it by the annotator's state. */
class CorpusNavigatorTest {

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();

    private Path corpusWithKariFinishedOnA() throws Exception {
        Path dir = tmp.resolve("flood");
        try (CorpusStore store = CorpusStore.init(dir, "flood", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                    });
            store.setState(store.document("harbour-flood-a").orElseThrow(), store.ensureAnnotator("kari"),
                    DocumentState.FINISHED);
            store.saveModel();
        }
        return dir;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI events
        }
    }

    @AfterEach
    void closeCorpus() throws Exception {
        workbench.getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
    }

    @Test
    void aCorpusACrashedWorkbenchLeftOpensWritableAndADialogSaysWhatWasRecovered() throws Exception {
        Path dir = corpusWithKariFinishedOnA();
        // the dead workbench's lock file, and the staged files of an import it was running
        java.nio.file.Files.writeString(dir.resolve(org.attest.store.fs.CorpusLock.LOCK_FILE),
                "pid=" + Long.MAX_VALUE
                        + "\nhost=elsewhere\nuser=kari\nsince=2026-12-05T09:00:00Z\npurpose=Attest workbench\n");
        Path staged = dir
                .resolve(".attest/staging/import-1b4e28ba-2fa1-11d2-883f-0016d3cca427/new/documents/late/text.txt");
        java.nio.file.Files.createDirectories(staged.getParent());
        java.nio.file.Files.writeString(staged, "A late article.");
        CorpusSession sut = workbench.getService(CorpusSession.class);

        sut.open(dir);

        assertThat(sut.readOnlyReason()).isNull();
        assertThat(sut.notices())
                .containsExactly("rolled back an interrupted import: nothing of it had been published");
        assertThat(dir.resolve(".attest/staging/import-1b4e28ba-2fa1-11d2-883f-0016d3cca427")).doesNotExist();
        Display display = Display.getCurrent();
        List<String> shown = new ArrayList<>();
        display.timerExec(500, () -> {
            org.eclipse.swt.widgets.Shell dialog = display.getActiveShell();
            shown.add(dialog.getText());
            labels(dialog, shown);
            dialog.close();
        });
        org.attest.ui.corpus.OpeningNotes.show(workbench.getActiveWorkbenchWindow().getShell(), sut);
        assertThat(shown).first().isEqualTo("Corpus opened");
        assertThat(String.join("\n", shown))
                .contains("rolled back an interrupted import: nothing of it had been published");
    }

    private static void labels(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                labels(composite, texts);
            }
        }
    }

    @Test
    void theNavigatorListsTheDocumentsWithTitleOutletAndTheAnnotatorsState() throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "kari");
        IWorkbenchPage page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        CorpusNavigatorView sut = (CorpusNavigatorView) page.showView(CorpusNavigatorView.ID);

        workbench.getService(CorpusSession.class).open(corpusWithKariFinishedOnA());
        flush();

        assertThat(sut.rows()).extracting(r -> r.document().getId()).containsExactly("harbour-flood-a",
                "harbour-flood-b", "harbour-flood-c");
        assertThat(sut.rows()).filteredOn(r -> r.document().getId().equals("harbour-flood-b")).singleElement()
                .satisfies(r -> assertThat(r.document().getOutlet()).isEqualTo("Lindor Evening Post"));
        assertThat(sut.rows()).extracting(DocumentRow::stateLabel).containsExactly("finished", "new", "new");

        sut.setFilter(StateFilter.FINISHED);
        assertThat(sut.rows()).extracting(r -> r.document().getId()).containsExactly("harbour-flood-a");
        sut.setFilter(StateFilter.NEW);
        assertThat(sut.rows()).extracting(r -> r.document().getId()).containsExactly("harbour-flood-b",
                "harbour-flood-c");
        sut.setFilter(StateFilter.ALL);
    }

    @Test
    void theStatusBarShowsTheCurrentAnnotatorAndFollowsThePreference() {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "ben");
        flush();

        List<String> labels = new ArrayList<>();
        collectLabels(workbench.getActiveWorkbenchWindow().getShell(), labels);

        assertThat(labels).anySatisfy(l -> assertThat(l).startsWith(AnnotatorStatusContribution.text("ben")));
    }

    private static void collectLabels(Control control, List<String> into) {
        if (control instanceof Label label) {
            into.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, into);
            }
        }
    }
}
