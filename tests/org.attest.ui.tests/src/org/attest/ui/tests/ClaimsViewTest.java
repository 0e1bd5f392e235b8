package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.claims.ClaimFigure;
import org.attest.model.schema.DefaultSchema;
import org.attest.testing.ClaimsCorpus;
import org.attest.testing.SourceChains;
import org.attest.ui.claims.ClaimsView;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Claims view shows each cluster's claims side by side and which pairs truly conflict, and why. */
class ClaimsViewTest {

    private static final String HERALD = "Officials said up to 100 people were killed in the last 24 hours. "
            + "About 40 people are missing.";
    private static final String COURIER = "At least 300 people were killed in the last 24 hours, Reuters reported. "
            + "Some 42 people are missing. Rescuers counted 310 people killed in the last 24 hours.";
    // the columns of the tree, as ClaimTexts.Column orders them
    private static final int CLAIM = 0;
    private static final int CHAIN_OR_REASON = 6;

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private IWorkbenchPage page;
    private ClaimsView sut;

    @BeforeEach
    void openTwoOutletsWhoseDeathTollsConflictAndWhoseMissingAgree() throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "kari");
        Path dir = tmp.resolve("flood");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(dir)) {
            corpus.document("herald", "2024-05-03", HERALD, "kari",
                    claim("up to 100 people", "value", 100, "qualifier", "up to", "period", "in the last 24 hours",
                            "unit", "people killed", "cluster", "killed"),
                    claim("About 40 people", "value", 40, "qualifier", "about", "cluster", "missing"));
            corpus.document("courier", "2024-05-03", COURIER, "kari",
                    claim("At least 300 people", "value", 300, "qualifier", "at least", "period",
                            "in the last 24 hours", "cluster", "killed"),
                    claim("Some 42 people", "value", 42, "qualifier", "about", "cluster", "missing"),
                    claim("310 people killed", "value", 310, "period", "in the last 24 hours", "unit",
                            "person killed"));
            CAS cas = corpus.store().readCas(corpus.store().document("courier").orElseThrow(), "kari");
            Layers layers = new Layers(cas, corpus.store().corpus().getSchema());
            AnnotationFS claim = layers.spans(DefaultSchema.CLAIM).get(0);
            SourceChains chains = new SourceChains(layers, COURIER);
            chains.attribute(claim, chains.source("Reuters", "news agency", null));
            corpus.store().writeCas(corpus.store().document("courier").orElseThrow(), "kari", cas);
        }
        workbench.getService(CorpusSession.class).open(dir);
        page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        sut = (ClaimsView) page.showView(ClaimsView.ID);
        sut.setFrom("kari");
        UiEvents.waitFor(() -> !sut.isLoading(), "the claims were read within a minute");
    }

    @AfterEach
    void closeEverything() throws Exception {
        page.closeAllEditors(false);
        page.hideView(sut);
        workbench.getService(CorpusSession.class).close();
        UiEvents.flush();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
    }

    private List<TreeItem> rows() {
        List<TreeItem> rows = new ArrayList<>();
        for (TreeItem cluster : sut.tree().getItems()) {
            rows.add(cluster);
            rows.addAll(List.of(cluster.getItems()));
        }
        return rows;
    }

    @Test
    void theConflictingDeathTollsShowAsAConflictRowWithTheirReasonInRed() {
        List<TreeItem> conflicts = rows().stream().filter(r -> r.getText(CLAIM).equals("CONFLICT")).toList();

        assertThat(conflicts).singleElement().satisfies(row -> {
            assertThat(row.getText(CHAIN_OR_REASON)).contains("same period").contains("[0, 100] and [300, inf)")
                    .contains("are disjoint");
            assertThat(row.getForeground(CHAIN_OR_REASON))
                    .isEqualTo(sut.tree().getDisplay().getSystemColor(SWT.COLOR_RED));
            assertThat(row.getParentItem().getText(CLAIM)).startsWith("killed");
        });
        assertThat(rows()).filteredOn(r -> r.getText(CLAIM).equals("agree")).singleElement()
                .satisfies(row -> assertThat(row.getParentItem().getText(CLAIM)).startsWith("missing"));
        assertThat(rows()).filteredOn(r -> r.getText(CLAIM).equals("\u201cAt least 300 people\u201d"))
                .singleElement().satisfies(row -> assertThat(row.getText(CHAIN_OR_REASON)).isEqualTo(
                        "claim <- Reuters (news agency)"));
    }

    @Test
    void suggestingClustersLinksTheLooseClaimToTheClusterOfItsUnitOnceConfirmed() throws Exception {
        List<String> asked = new ArrayList<>();

        String outcome = sut.suggestClusters(question -> asked.add(question));
        UiEvents.waitFor(() -> !sut.isLoading(), "the claims were read again within a minute");

        assertThat(asked).singleElement().asString().contains("\u201c310 people killed\u201d (courier) \u2192 killed");
        assertThat(outcome).isEqualTo("Linked 1 claim(s) of kari to suggested clusters.");
        assertThat(sut.status()).startsWith(outcome);
        assertThat(sut.clusters()).filteredOn(c -> c.id().equals("killed")).singleElement()
                .satisfies(c -> assertThat(c.claims()).extracting(ClaimFigure::value).containsExactly(100.0, 300.0,
                        310.0));
    }

    @Test
    void declinedSuggestionsLinkNothingAndTheGoldIsLeftToCuration() throws Exception {
        String declined = sut.suggestClusters(question -> false);
        UiEvents.waitFor(() -> !sut.isLoading(), "the claims were read again within a minute");

        assertThat(declined).isEqualTo("Nothing linked: 1 suggestion(s) left as they were.");
        assertThat(sut.clusters()).flatExtracting(c -> c.claims()).extracting(ClaimFigure::value)
                .doesNotContain(310.0);

        sut.setFrom("gold");
        UiEvents.waitFor(() -> !sut.isLoading(), "the gold was read within a minute");

        assertThat(sut.suggestClusters(question -> true)).startsWith("The gold changes through curation");
    }

    @Test
    void conflictsOnlyLeavesTheClusterWithAConflictAndItsConflictingPair() {
        sut.setConflictsOnly(true);

        assertThat(sut.tree().getItems()).extracting(i -> i.getText(CLAIM)).containsExactly("killed");
        assertThat(rows()).filteredOn(r -> r.getText(CLAIM).equals("agree")).isEmpty();
        assertThat(rows()).filteredOn(r -> r.getText(CLAIM).equals("CONFLICT")).hasSize(1);

        sut.setConflictsOnly(false);

        assertThat(sut.tree().getItems()).extracting(i -> i.getText(CLAIM)).containsExactly("killed", "missing");
    }

    @Test
    void doubleClickingAClaimOpensTheEditorWithTheClaimSelected() throws Exception {
        TreeItem claim = rows().stream().filter(r -> r.getText(CLAIM).equals("\u201cAt least 300 people\u201d"))
                .findFirst().orElseThrow();

        sut.tree().setFocus();
        sut.tree().setSelection(claim);
        Event doubleClick = new Event();
        doubleClick.item = claim;
        sut.tree().notifyListeners(SWT.DefaultSelection, doubleClick);
        UiEvents.waitFor(() -> page.getActiveEditor() instanceof AnnotationEditor e && e.loaded()
                && e.selected() != null, "the editor opened and selected the claim");

        AnnotationEditor editor = (AnnotationEditor) page.getActiveEditor();
        assertThat(editor.document().getId()).isEqualTo("courier");
        assertThat(editor.selected().getCoveredText()).isEqualTo("At least 300 people");
        assertThat(editor.selected().getType().getShortName()).isEqualTo(DefaultSchema.CLAIM);
    }
}
