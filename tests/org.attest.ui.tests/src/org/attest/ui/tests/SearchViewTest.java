package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.attest.ui.tests.UiEvents.waitFor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.schema.DefaultSchema;
import org.attest.search.QueryException;
import org.attest.search.SearchHit;
import org.attest.search.SearchResults;
import org.attest.testing.RegistryCorpus;
import org.attest.testing.ScriptedWork;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.DocumentEditorInput;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.attest.ui.search.DocumentHits;
import org.attest.ui.search.SearchSession;
import org.attest.ui.search.SearchView;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Search view runs queries typed on the real keyboard, groups the hits by document as the search service finds
 * them, opens a double-clicked hit selected in the editor, and finds a linked mention under all its spellings.
 */
class SearchViewTest {

    private static final String TALKS = "Ana Kovačić met Ilham Aliyev in Baku. She said the talks in Baku went well.";
    private static final String SUMMIT = "At the summit Ana Kovacic spoke first; later A. Kovačić left Baku early.";
    private static final String MARKET = "Prices rose by 4 percent, Ilham Aliyev said on Monday.";

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private IWorkbenchPage page;
    private SearchView sut;

    @BeforeEach
    void openACorpusWhereOnePersonIsSpeltThreeWays() throws Exception {
        RealInput.requireXdotool();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "anna");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        Path corpus = tmp.resolve("baku");
        try (RegistryCorpus registry = RegistryCorpus.create(corpus)) {
            registry.person("E1", "Ana Kovačić", null, "Ana Kovacic", "A. Kovačić");
            registry.person("E2", "Ilham Aliyev", null);
            registry.document("talks", TALKS, "anna", RegistryCorpus.link("Ana Kovačić", "E1"),
                    RegistryCorpus.link("Ilham Aliyev", "E2"));
            registry.document("summit", SUMMIT, "anna", RegistryCorpus.link("Ana Kovacic", "E1"),
                    RegistryCorpus.link("A. Kovačić", "E1"));
            registry.document("market", MARKET, "ben", RegistryCorpus.link("Ilham Aliyev", "E2"));
        }
        workbench.getService(CorpusSession.class).open(corpus);
        page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        sut = (SearchView) page.showView(SearchView.ID);
    }

    @AfterEach
    void closeEverything() throws Exception {
        page.setPartState(page.getReference(sut), IWorkbenchPage.STATE_RESTORED);
        page.closeAllEditors(false);
        page.hideView(sut);
        workbench.getService(CorpusSession.class).close();
        UiEvents.flush();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.AUTOSAVE_SECONDS);
    }

    private void typeQuery(String query) throws Exception {
        sut.queryField().setText("");
        UiEvents.flush();
        RealInput.click(sut.queryField().toDisplay(10, sut.queryField().getSize().y / 2));
        RealInput.type(query);
        assertThat(sut.queryField().getText()).as("the query typed in the field").isEqualTo(query);
        RealInput.key("Return");
        waitSearched();
    }

    private void waitSearched() throws InterruptedException {
        waitFor(() -> !sut.isSearching(), "the search finished within a minute");
    }

    private static Map<String, Integer> counts(List<SearchHit> hits) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        hits.forEach(h -> counts.merge(h.documentId(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> shownCounts(List<DocumentHits> documents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        documents.forEach(d -> counts.put(d.documentId(), d.hits().size()));
        return counts;
    }

    private List<SearchHit> serviceHits(String query) throws QueryException {
        return workbench.getService(SearchSession.class).search(query, 500).hits();
    }

    @Test
    void aTypedQueryIsGroupedByDocumentAsTheServiceFindsItAndADoubleClickedHitOpensSelected() throws Exception {
        // the view stacks low under the editor: maximized, its rows are in sight of the mouse
        page.setPartState(page.getReference(sut), IWorkbenchPage.STATE_MAXIMIZED);
        sut.getSite().getShell().layout(true, true);
        typeQuery("Baku");

        assertThat(sut.failed()).as(sut.status()).isFalse();
        Map<String, Integer> expected = counts(serviceHits("Baku"));
        assertThat(shownCounts(sut.documents())).isEqualTo(expected).containsOnlyKeys("talks", "summit");
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(sut.status()).startsWith(total + (total == 1 ? " hit" : " hits") + " in 2 documents (");
        assertThat(sut.queryField().getItems()).containsExactly("Baku");
        WindowShot.save(sut.getSite().getShell(), "search-baku.png");

        TreeItem row = sut.tree().getItem(sut.tree().getItemCount() - 1).getItem(0);
        SearchHit hit = (SearchHit) row.getData();
        sut.tree().showItem(row);
        UiEvents.flush();
        Rectangle bounds = row.getBounds(0);
        RealInput.doubleClick(sut.tree().toDisplay(bounds.x + 40, bounds.y + bounds.height / 2));

        AnnotationEditor editor = (AnnotationEditor) page.getActiveEditor();
        assertThat(editor).as("the double-click opened the annotation editor").isNotNull();
        waitFor(editor::loaded, "the editor loaded " + hit.documentId());
        UiEvents.flush();
        assertThat(editor.document().getId()).isEqualTo(hit.documentId());
        assertThat(editor.textWidget().getSelection()).isEqualTo(new Point(hit.begin(), hit.end()));
        assertThat(editor.textWidget().getSelectionText()).isEqualTo("Baku");
    }

    @Test
    void aQueryThatCannotBeReadShowsTheServicesMessageInTheView() throws Exception {
        String bad = "layer:Claim AND (Baku";
        QueryException expected = catchThrowableOfType(QueryException.class, () -> serviceHits(bad));

        typeQuery(bad);

        assertThat(expected).isNotNull();
        assertThat(sut.failed()).isTrue();
        assertThat(sut.status()).isEqualTo(expected.getMessage());
        assertThat(sut.documents()).isEmpty();
    }

    @Test
    void findThisEverywhereOnALinkedMentionFindsItUnderItsOtherSpellings() throws Exception {
        AnnotationEditor editor = EditorCommands.open(page, "talks");
        waitFor(editor::loaded, "the editor loaded talks");
        UiEvents.flush();
        AnnotationFS ana = editor.layers().spans(DefaultSchema.ENTITY).stream()
                .filter(fs -> fs.getCoveredText().equals("Ana Kovačić")).findFirst().orElseThrow();
        editor.select(ana);
        editor.setFocus();

        RealInput.key("ctrl+shift+f");
        waitFor(() -> sut.queryField().getText().startsWith("entity:"), "Find This Everywhere ran a query");
        waitSearched();

        assertThat(sut.queryField().getText()).isEqualTo("entity:\"Ana Kovačić\"");
        assertThat(shownCounts(sut.documents())).containsEntry("talks", 1).containsEntry("summit", 2);
        assertThat(sut.documents().stream().flatMap(d -> d.hits().stream()).map(SearchHit::match))
                .containsExactlyInAnyOrder("Ana Kovačić", "Ana Kovacic", "A. Kovačić");
        WindowShot.save(editor, "search-find-everywhere.png");
    }

    @Test
    void anAnnotationSavedInTheEditorIsFoundByTheNextSearch() throws Exception {
        sut.search("layer:Entity annotator:anna Baku");
        waitSearched();
        assertThat(sut.documents()).isEmpty();
        AnnotationEditor editor = EditorCommands.open(page, "summit");
        waitFor(editor::loaded, "the editor loaded summit");
        int begin = SUMMIT.indexOf("Baku");
        assertThat(editor.run(editor.editing().createSpan(DefaultSchema.ENTITY, begin, begin + 4,
                Map.of("type", "LOCATION")))).isTrue();

        editor.doSave(null);
        sut.search("layer:Entity annotator:anna Baku");
        waitSearched();

        assertThat(sut.documents()).extracting(DocumentHits::documentId).containsExactly("summit");
        assertThat(sut.documents().get(0).hits()).extracting(SearchHit::begin).containsExactly(begin);
    }

    @Test
    void anotherAnnotatorsHitOpensTheirVersionReadOnly() throws Exception {
        sut.search("entity:\"Ilham Aliyev\" annotator:ben");
        waitSearched();
        SearchHit hit = sut.documents().get(0).hits().get(0);

        AnnotationEditor editor = sut.open(hit);
        waitFor(editor::loaded, "the editor loaded ben's market");
        UiEvents.flush();

        assertThat(editor.getEditorInput()).isEqualTo(DocumentEditorInput.readOnly("market", "ben"));
        assertThat(editor.editability().editable()).isFalse();
        assertThat(editor.editability().reason()).contains("ben's annotations");
        assertThat(editor.textWidget().getSelectionText()).isEqualTo("Ilham Aliyev");
    }

    @Test
    void theStatisticsOfTheScriptedAnnotatorsAreFoundAndPicturedForTheReadme() throws Exception {
        Path flood = tmp.resolve("flood");
        ScriptedWork.annotatedByAnnaAndBen(flood);
        workbench.getService(CorpusSession.class).open(flood);
        String query = "label:statistic annotator:anna";

        typeQuery(query);

        assertThat(sut.failed()).as(sut.status()).isFalse();
        assertThat(sut.documents()).isNotEmpty();
        assertThat(shownCounts(sut.documents())).isEqualTo(counts(serviceHits(query)));
        page.setPartState(page.getReference(sut), IWorkbenchPage.STATE_MAXIMIZED);
        WindowShot.save(sut.getSite().getShell(), "search.png");
    }

    @Test
    void theStatusLineSaysWhenTheCountStoppedAtItsBound() {
        SearchHit hit = new SearchHit("talks", "Talks", 0, 4, null, null, null, "", "Baku", " talks");

        assertThat(SearchView.summary(new SearchResults(List.of(hit), 10_000, false, 4_000), 1))
                .isEqualTo("10,000+ hits in 1 document (4 ms) (the first 1 shown; raise the limit to see more)");
        assertThat(SearchView.summary(new SearchResults(List.of(hit), 1, true, 4_000), 1))
                .isEqualTo("1 hit in 1 document (4 ms)");
    }
}
