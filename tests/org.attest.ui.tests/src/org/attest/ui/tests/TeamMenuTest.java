package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.sync.CloneService;
import org.attest.sync.PublishService;
import org.attest.sync.SyncService;
import org.attest.testing.Samples;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.sync.SyncJob;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Team menu, the team state in the status bar, Synchronize and Clone as jobs, and taking a document for curation.
 */
class TeamMenuTest {

    @TempDir
    Path tmp;

    @AfterEach
    void closeCorpus() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        PlatformUI.getWorkbench().getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode("org.attest.ui.sync").putBoolean("syncAfterFinish", false);
    }

    @Test
    void theMenusOfferCloneSynchronizeAndShare() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu bar = shell.getMenuBar();

        assertThat(items(submenu(bar, "Team"))).contains("Synchronize\tCtrl+Alt+S", "Share Corpus...");
        assertThat(items(submenu(bar, "File"))).contains("Clone Corpus...");
    }

    @Test
    void synchronizeRunsAsAJobReopensTheCorpusAndItsEditorsAndShowsTheTeamStateInTheStatusBar() throws Exception {
        Path anna = team();
        Path ben = tmp.resolve("ben");
        new CloneService().clone(tmp.resolve("remote.git").toString(), ben, "ben", null, null);
        finish(ben, "ben");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        CorpusSession session = window.getService(CorpusSession.class);
        session.open(anna);
        CorpusStore before = session.store().orElseThrow();
        EditorCommands.open(window.getActivePage(), "harbour-flood-a");

        window.getService(IHandlerService.class).executeCommand("org.attest.ui.sync.commands.synchronize", null);
        Job.getJobManager().join(SyncJob.FAMILY, null);
        spin();

        CorpusStore after = session.store().orElseThrow();
        assertThat(after).isNotSameAs(before);
        assertThat(CorpusStore.state(after.document("harbour-flood-b").orElseThrow(), "ben"))
                .isEqualTo(DocumentState.FINISHED);
        assertThat(window.getActivePage().getEditorReferences()).extracting(r -> r.getId())
                .containsExactly(AnnotationEditor.ID);
        awaitLabel(window.getShell(), "Team: 0 to publish, 0 to receive, synced");
    }

    @Test
    void markFinishedSynchronizesWhenTheTeamPreferenceAsksForIt() throws Exception {
        Path anna = team();
        InstanceScope.INSTANCE.getNode("org.attest.ui.sync").putBoolean("syncAfterFinish", true);
        InstanceScope.INSTANCE.getNode("org.attest.ui").put("annotator", "anna");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getService(CorpusSession.class).open(anna);
        AnnotationEditor editor = EditorCommands.open(window.getActivePage(), "harbour-flood-c");

        editor.markFinished();
        spin();
        Job.getJobManager().join(SyncJob.FAMILY, null);
        spin();

        Path plain = tmp.resolve("check");
        new CloneService().clone(tmp.resolve("remote.git").toString(), plain, "check", null, null);
        try (CorpusStore store = CorpusStore.open(plain, CorpusStore.Mode.READ, "test")) {
            assertThat(CorpusStore.state(store.document("harbour-flood-c").orElseThrow(), "anna"))
                    .isEqualTo(DocumentState.FINISHED);
        }
    }

    @Test
    void curatingADocumentOfASharedCorpusTakesItTeamWideBeforeTheEditorOpens() throws Exception {
        Path anna = team();
        finish(anna, "anna");
        Path rita = tmp.resolve("rita");
        new CloneService().clone(tmp.resolve("remote.git").toString(), rita, "rita", null, null);
        InstanceScope.INSTANCE.getNode("org.attest.ui").put("annotator", "rita");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getService(CorpusSession.class).open(rita);

        org.attest.ui.sync.TakeForCuration.open(window, "harbour-flood-a", () -> {
            try {
                org.attest.ui.curation.CurationCommands.open(window.getActivePage(), "harbour-flood-a", false);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Job.getJobManager().join(org.attest.ui.sync.TakeForCuration.FAMILY, null);
        spin();

        assertThat(window.getActivePage().getActiveEditor()).isInstanceOf(org.attest.ui.curation.CurationEditor.class);
        Path plain = tmp.resolve("check");
        new CloneService().clone(tmp.resolve("remote.git").toString(), plain, "check", null, null);
        assertThat(Files.readString(plain.resolve("documents/harbour-flood-a/curation.xmi")))
                .contains("reviewer=\"rita\"");
    }

    @Test
    void fileCloneCorpusClonesInTheBackgroundAndOpensTheCopyWithItsOwnerAsAnnotator() throws Exception {
        team();
        Path copy = tmp.resolve("ben-copy");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Display display = Display.getCurrent();
        // fill in the dialog as a user would, once it is open
        display.timerExec(500, () -> {
            Shell dialog = display.getActiveShell();
            List<org.eclipse.swt.widgets.Text> fields = new ArrayList<>();
            texts(dialog, fields);
            fields.get(0).setText(tmp.resolve("remote.git").toString());
            fields.get(1).setText(copy.toString());
            fields.get(2).setText("ben");
            button(dialog, "OK").notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });

        window.getService(IHandlerService.class).executeCommand("org.attest.ui.sync.commands.clone", null);
        Job.getJobManager().join(org.attest.ui.sync.CloneHandler.FAMILY, null);
        spin();

        CorpusStore opened = window.getService(CorpusSession.class).store().orElseThrow();
        assertThat(opened.layout().dir()).isEqualTo(copy.toAbsolutePath().normalize());
        assertThat(opened.corpus().getDocuments()).hasSize(3);
        assertThat(org.attest.ui.preferences.AttestPreferences.annotator()).isEqualTo("ben");
        assertThat(Files.readString(copy.resolve(".git/config"))).contains("user = ben");
    }

    private static void texts(org.eclipse.swt.widgets.Control control, List<org.eclipse.swt.widgets.Text> into) {
        if (control instanceof org.eclipse.swt.widgets.Text text
                && (text.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0) {
            into.add(text);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                texts(child, into);
            }
        }
    }

    private static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Control control, String label) {
        if (control instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(label)) {
            return b;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                org.eclipse.swt.widgets.Button found = button(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // The lead publishes the samples to a bare repository; anna clones it and finishes two documents.
    private Path team() throws Exception {
        Path lead = tmp.resolve("lead");
        try (CorpusStore store = CorpusStore.init(lead, "flood", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                    });
            new PublishService().publish(store, tmp.resolve("remote.git").toString(), "lead",
                    SyncService.Request.plain());
        }
        Path anna = tmp.resolve("anna");
        new CloneService().clone(tmp.resolve("remote.git").toString(), anna, "anna", null, null);
        return anna;
    }

    private static void finish(Path clone, String annotator) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.WRITE, "test")) {
            ScriptedAnnotator script = new ScriptedAnnotator(store.corpus().getSchema(),
                    Personality.careful(annotator));
            for (Document d : store.corpus().getDocuments()) {
                var cas = store.readCas(d, annotator);
                script.annotate(cas);
                store.writeCas(d, annotator, cas);
                store.setState(d, store.ensureAnnotator(annotator), DocumentState.FINISHED);
            }
            store.saveModel();
            new SyncService().sync(store, SyncService.Request.plain());
        }
    }

    private static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let asynchronous UI work run
        }
    }

    private static void awaitLabel(Shell shell, String prefix) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        List<String> seen = new ArrayList<>();
        while (System.currentTimeMillis() < until) {
            spin();
            seen.clear();
            collect(shell, seen);
            if (seen.stream().anyMatch(t -> t.startsWith(prefix))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no status-bar label starts with '" + prefix + "'; labels: " + seen);
    }

    private static void collect(org.eclipse.swt.widgets.Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    private static Menu submenu(Menu bar, String name) {
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals(name)) {
                item.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                return item.getMenu();
            }
        }
        throw new AssertionError("no menu " + name);
    }

    private static List<String> items(Menu menu) {
        List<String> names = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            names.add(item.getText().replace("&", ""));
        }
        return names;
    }
}
