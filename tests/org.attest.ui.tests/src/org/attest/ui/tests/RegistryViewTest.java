package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.attest.model.Entity;
import org.attest.registry.CorpusMentions;
import org.attest.registry.DuplicateFinder;
import org.attest.registry.Mention;
import org.attest.store.CorpusStore;
import org.attest.testing.RegistryCorpus;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.attest.ui.registry.RegistryView;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Registry view finds entities by any spelling, merges and relinks through the registry's services, and opens
 * mentions in the editor.
 */
class RegistryViewTest {

    private static final String TEXT = "Никол Пашинян met Ana Kovačić in Yerevan. Ana Kovacic said that Heydar Aliyev"
            + " ruled until 2003 and that Ilham Aliyev spoke on Monday.";

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private Path corpus;
    private IWorkbenchPage page;
    private RegistryView sut;

    @BeforeEach
    void openACorpusWithTwoSpellingsOfOnePersonAndASonLinkedToHisFather() throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "anna");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        corpus = tmp.resolve("yerevan");
        try (RegistryCorpus registry = RegistryCorpus.create(corpus)) {
            registry.person("E1", "Никол Пашинян", "Q1636405");
            registry.person("E3", "Ana Kovačić", null);
            registry.person("E4", "Ana Kovacic", null);
            registry.person("E5", "Ilham Aliyev", null);
            registry.document("talks", TEXT, "anna", RegistryCorpus.link("Никол Пашинян", "E1"),
                    RegistryCorpus.link("Ana Kovačić", "E3"), RegistryCorpus.link("Ana Kovacic", "E4"),
                    RegistryCorpus.link("Heydar Aliyev", "E5"), RegistryCorpus.link("Ilham Aliyev", "E5"));
        }
        workbench.getService(CorpusSession.class).open(corpus);
        page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        sut = (RegistryView) page.showView(RegistryView.ID);
        UiEvents.waitFor(() -> !sut.isLoading(), "the registry's mentions were read within a minute");
    }

    @AfterEach
    void closeEverything() throws Exception {
        page.closeAllEditors(false);
        page.hideView(sut);
        workbench.getService(CorpusSession.class).close();
        UiEvents.flush();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.AUTOSAVE_SECONDS);
    }

    private Entity entity(String id) {
        return workbench.getService(CorpusSession.class).store().orElseThrow().corpus().getEntities().stream()
                .filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
    }

    private List<String> savedEntityIds() throws Exception {
        try (CorpusStore reader = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return reader.corpus().getEntities().stream().map(Entity::getId).toList();
        }
    }

    private List<Mention> savedMentions() throws Exception {
        try (CorpusStore reader = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return CorpusMentions.read(reader, m -> {
            }).all();
        }
    }

    @Test
    void aLatinSpellingFindsThePersonWrittenInCyrillic() {
        sut.search("Pashinyan");

        assertThat(sut.entities()).extracting(Entity::getCanonicalName).containsExactly("Никол Пашинян");
        assertThat(sut.mentions()).extracting(Mention::text).containsExactly("Никол Пашинян");

        sut.search("Kovacic");

        assertThat(sut.entities()).extracting(Entity::getId).containsExactlyInAnyOrder("E3", "E4");
    }

    @Test
    void mergingASuggestedDuplicateSavesItAndUndoBringsBothEntitiesBack() throws Exception {
        DuplicateFinder.Suggestion kovacic = sut.duplicates().stream()
                .filter(s -> List.of(s.a().getId(), s.b().getId()).containsAll(List.of("E3", "E4"))).findFirst()
                .orElseThrow();
        String gone = kovacic.b().getId();
        String kept = kovacic.a().getId();

        assertThat(sut.merge(kovacic)).isTrue();
        UiEvents.waitFor(() -> !sut.isLoading(), "the registry was read again after the merge");

        assertThat(savedEntityIds()).doesNotContain(gone).contains(kept);
        assertThat(entity(kept).getMergedIds()).containsExactly(gone);
        sut.search("Kovacic");
        assertThat(sut.entities()).extracting(Entity::getId).containsExactly(kept);
        assertThat(sut.mentions()).as("the merged entity's mentions, both spellings").hasSize(2);

        IOperationHistory history = workbench.getOperationSupport().getOperationHistory();
        assertThat(history.canUndo(sut.undoContext())).isTrue();
        assertThat(history.undo(sut.undoContext(), null, null).isOK()).isTrue();
        UiEvents.waitFor(() -> !sut.isLoading(), "the registry was read again after the undo");

        assertThat(savedEntityIds()).contains(kept, gone);
        assertThat(entity(kept).getMergedIds()).isEmpty();
        assertThat(sut.entities()).extracting(Entity::getId).containsExactlyInAnyOrder("E3", "E4");
    }

    @Test
    void aSonLinkedToHisFathersEntryIsWarnedAboutAndRelinkedUndoably() throws Exception {
        sut.select(entity("E5"));
        Mention heydar = sut.mentions().stream().filter(m -> m.text().equals("Heydar Aliyev")).findFirst()
                .orElseThrow();
        assertThat(sut.warning(heydar)).contains("'Heydar' is not a given name of Ilham Aliyev");
        assertThat(sut.warning(sut.mentions().stream().filter(m -> m.text().equals("Ilham Aliyev")).findFirst()
                .orElseThrow())).isNull();

        assertThat(sut.relink(List.of(heydar), entity("E1"))).isTrue();
        UiEvents.waitFor(() -> !sut.isLoading(), "the registry was read again after the relink");

        assertThat(savedMentions()).filteredOn(m -> m.text().equals("Heydar Aliyev")).extracting(Mention::entityId)
                .containsExactly("E1");
        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        UiEvents.waitFor(() -> !sut.isLoading(), "the registry was read again after the undo");
        assertThat(savedMentions()).filteredOn(m -> m.text().equals("Heydar Aliyev")).extracting(Mention::entityId)
                .containsExactly("E5");
    }

    @Test
    void doubleClickingAMentionOpensTheEditorWithThatMentionSelected() throws Exception {
        sut.select(entity("E5"));
        int row = sut.mentions().indexOf(sut.mentions().stream().filter(m -> m.text().equals("Ilham Aliyev"))
                .findFirst().orElseThrow());
        Mention ilham = sut.mentions().get(row);

        Table table = sut.mentionTable();
        table.setFocus();
        table.setSelection(row);
        Event doubleClick = new Event();
        doubleClick.item = table.getItem(row);
        table.notifyListeners(SWT.DefaultSelection, doubleClick);
        UiEvents.waitFor(() -> page.getActiveEditor() instanceof AnnotationEditor e && e.loaded()
                && e.selected() != null, "the editor opened and selected the mention");

        AnnotationEditor editor = (AnnotationEditor) page.getActiveEditor();
        assertThat(editor.document().getId()).isEqualTo("talks");
        assertThat(editor.selected().getCoveredText()).isEqualTo("Ilham Aliyev");
        assertThat(new Point(editor.selected().getBegin(), editor.selected().getEnd()))
                .isEqualTo(new Point(ilham.begin(), ilham.end()));
        assertThat(editor.textWidget().getSelection()).isEqualTo(new Point(ilham.begin(), ilham.end()));
    }
}
