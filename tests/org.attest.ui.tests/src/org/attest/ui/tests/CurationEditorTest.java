package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.ui.tests.UiEvents.flush;
import static org.attest.ui.tests.UiEvents.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.DocumentStatus;
import org.attest.curation.MergePolicy;
import org.attest.curation.QueueItem;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Verdict;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.ScriptedWork;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.curation.CurationCommands;
import org.attest.ui.curation.CurationEditor;
import org.attest.ui.curation.CurationQueueView;
import org.attest.ui.perspectives.CuratePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real curation editor with keys, as a reviewer would, over a corpus two scripted annotators disagree on,
 * and checks the gold and its decision records on disk through the headless core.
 */
class CurationEditorTest {

    private static final String DOC = "harbour-flood-a";

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private Path corpus;
    private IWorkbenchPage page;
    private CurationQueueView queue;
    private CurationEditor sut;

    /** Imports the samples, lets anna and ben annotate and finish them, and opens DOC for curation by kari. */
    private void openTheSamplesForKari(String otherReviewerHolding) throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "kari");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        corpus = tmp.resolve("flood");
        try (CorpusStore store = ScriptedWork.annotatedByAnnaAndBen(corpus, corpus.getFileName().toString(), true)) {
            if (otherReviewerHolding != null) {
                CurationSession other = new CurationService(store).open(DOC, otherReviewerHolding, false);
                other.reject(other.queue().get(0).position(), "not an entity");
                other.save();
            }
        }
        workbench.getService(CorpusSession.class).open(corpus);
        page = workbench.showPerspective(CuratePerspective.ID, workbench.getActiveWorkbenchWindow());
        queue = (CurationQueueView) page.showView(CurationQueueView.ID);
        waitFor(() -> !queue.isComputing(), "the queue view read the statuses");
        sut = CurationCommands.open(page, DOC, false);
        waitFor(sut::loaded, "the curation editor loaded " + DOC);
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

    private void press(char character) {
        press(character, character);
    }

    private void press(char character, int keyCode) {
        Event e = new Event();
        e.character = character;
        e.keyCode = keyCode;
        sut.textWidget().notifyListeners(SWT.KeyDown, e);
        flush();
    }

    /** Presses N until the current item is a span item matching {@code wanted}; fails when the queue has none. */
    private QueueItem nextOpenSpanWhere(Predicate<QueueItem> wanted) {
        for (int i = 0; i <= sut.queue().size(); i++) {
            QueueItem item = sut.currentItem();
            if (item != null && item.status().inQueue() && !item.position().isRelation() && wanted.test(item)) {
                return item;
            }
            press('n');
        }
        throw new AssertionError("no open span item matches in " + sut.queue());
    }

    private CorpusStore reader() throws CorpusException {
        return CorpusStore.open(corpus, CorpusStore.Mode.READ, "test");
    }

    private static GoldDecision decisionAt(List<GoldDecision> decisions, Position position) {
        return decisions.stream().filter(d -> CurationSession.position(d).equals(position)).findFirst()
                .orElseThrow(() -> new AssertionError("no decision at " + position + " among " + decisions.size()));
    }

    private static List<AnnotationFS> goldAt(CurationSession session, Position position, CorpusStore store) {
        Layers gold = new Layers(session.gold(), store.corpus().getSchema());
        return gold.spans(position.layer()).stream()
                .filter(s -> s.getBegin() == position.begin() && s.getEnd() == position.end()).toList();
    }

    @Test
    void theQueueViewAndTheEditorListTheDisagreementsTheCoreFinds() throws Exception {
        openTheSamplesForKari(null);

        List<Position> onDisk;
        List<Position> expected;
        List<DocumentStatus> statuses;
        try (CorpusStore reader = reader()) {
            CurationSession headless = CurationSession.load(reader, reader.document(DOC).orElseThrow(), null, false);
            onDisk = headless.queue().stream().map(QueueItem::position).toList();
            headless.autoMerge(MergePolicy.UNANIMOUS);
            expected = headless.queue().stream().map(QueueItem::position).toList();
            statuses = new CurationService(reader).status(false, m -> {
            });
        }
        assertThat(expected).as("anna and ben disagree somewhere in %s", DOC).hasSizeGreaterThan(2)
                .hasSizeLessThan(onDisk.size());
        assertThat(queue.documents()).extracting(s -> s.document() + " " + s.queued())
                .containsExactlyElementsOf(statuses.stream().map(s -> s.document() + " " + s.queued()).toList());
        queue.select(DOC);
        waitFor(() -> !queue.isComputing(), "the queue view read the items of " + DOC);
        assertThat(queue.items()).extracting(QueueItem::position).containsExactlyElementsOf(onDisk);

        assertThat(sut.queue()).as("opening the editor auto-merged what anna and ben agree on")
                .extracting(QueueItem::position)
                .containsExactlyElementsOf(expected);
        assertThat(sut.isDirty()).isTrue();
        assertThat(sut.message()).contains("Auto-merged " + (onDisk.size() - expected.size()) + " position(s)");
        assertThat(sut.laneCaptions()).containsExactly("1 anna", "2 ben", "gold");
        QueueItem first = sut.currentItem();
        assertThat(first.position()).isEqualTo(expected.get(0));
        assertThat(sut.versionLines()).hasSize(2).allSatisfy(line -> assertThat(line).matches("(anna|ben): .+"));
        assertThat(sut.labelsAtCurrentItem("gold")).as("the open item is marked in the gold lane").contains("?");

        press('n');
        assertThat(sut.currentItem().position()).isEqualTo(expected.get(1));
        press('p');
        assertThat(sut.currentItem().position()).isEqualTo(expected.get(0));
        sut.go(expected.get(expected.size() - 1));
        flush();
        assertThat(sut.currentItemVisible()).as("the last item is scrolled into view").isTrue();
    }

    @Test
    void takingAndRejectingByKeyWritesTheGoldAndTheReviewersDecisionRecords() throws Exception {
        openTheSamplesForKari(null);

        QueueItem taken = nextOpenSpanWhere(i -> i.configurationOf("anna") != null);
        Configuration annas = taken.configurationOf("anna");
        press('1');
        assertThat(sut.labelsAtCurrentItem("gold")).as("the gold lane shows anna's version")
                .contains(sut.labelsAtCurrentItem("1 anna").get(0));
        press('n');
        QueueItem rejected = nextOpenSpanWhere(
                i -> i.configurationOf("ben") != null && !i.position().equals(taken.position()));
        press('x');
        assertThat(sut.isDirty()).isTrue();

        page.activate(sut);
        workbench.getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
        flush();
        assertThat(sut.isDirty()).as("Ctrl+S saved").isFalse();

        try (CorpusStore reader = reader()) {
            List<GoldDecision> decisions = new CurationService(reader).decisions(DOC);
            GoldDecision take = decisionAt(decisions, taken.position());
            assertThat(take.getVerdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(take.getOrigin()).isEqualTo(DecisionOrigin.REVIEWER);
            assertThat(take.getReviewer()).isEqualTo("kari");
            assertThat(take.getSupporters()).containsExactlyElementsOf(annas.annotators());
            GoldDecision reject = decisionAt(decisions, rejected.position());
            assertThat(reject.getVerdict()).isEqualTo(Verdict.REJECTED);
            assertThat(reject.getReviewer()).isEqualTo("kari");
            assertThat(reject.getSupporters()).doesNotContain("ben");

            CurationSession saved = CurationSession.load(reader, reader.document(DOC).orElseThrow(), null, false);
            Layers gold = new Layers(saved.gold(), reader.corpus().getSchema());
            assertThat(goldAt(saved, taken.position(), reader)).singleElement()
                    .satisfies(fs -> assertThat(gold.label(fs)).isEqualTo(annas.label()));
            assertThat(goldAt(saved, rejected.position(), reader)).isEmpty();
            assertThat(saved.status().reviewer()).isEqualTo("kari");
            assertThat(reader.goldState(reader.document(DOC).orElseThrow())).isEqualTo(GoldState.IN_CURATION);
        }

        Object selected = ((IStructuredSelection) sut.getSite().getSelectionProvider().getSelection())
                .getFirstElement();
        IPropertySource properties = Adapters.adapt(selected, IPropertySource.class);
        assertThat(properties).as("the Properties view can show the decision").isNotNull();
        assertThat(properties.getPropertyValue("verdict")).isEqualTo("rejected");
        assertThat(properties.getPropertyValue("reviewer")).isEqualTo("kari");
        assertThat(properties.getPropertyValue("origin")).isEqualTo("reviewer");
        assertThat(properties.getPropertyValue("status")).isEqualTo("decided");
    }

    @Test
    void decidingAgainReplacesTheEarlierDecision() throws Exception {
        openTheSamplesForKari(null);
        QueueItem item = nextOpenSpanWhere(i -> i.configurationOf("anna") != null && i.configurationOf("ben") != null);

        press('1');
        press('2');

        List<GoldDecision> here = sut.session().decisions().stream()
                .filter(d -> CurationSession.position(d).equals(item.position())).toList();
        assertThat(here).singleElement().satisfies(d -> {
            assertThat(d.getSupporters()).containsExactlyElementsOf(item.configurationOf("ben").annotators());
            assertThat(d.getValue()).startsWith(item.configurationOf("ben").label());
        });
    }

    @Test
    void aDocumentHeldByAnotherReviewerOpensReadOnlyAndNamesTheHolder() throws Exception {
        openTheSamplesForKari("zoe");
        assertThat(sut.readOnlyReason()).contains("zoe", "one reviewer curates a document at a time");
        int decisions = sut.session().decisions().size();
        QueueItem item = sut.currentItem();

        press('1');
        press('x', SWT.DEL);
        press('m');

        assertThat(sut.isDirty()).isFalse();
        assertThat(sut.session().decisions()).hasSize(decisions);
        assertThat(sut.currentItem().decision()).isEqualTo(item.decision());
        assertThat(sut.message()).startsWith("Read-only").contains("zoe");
        assertThatThrownBy(sut::markCurated).isInstanceOf(CorpusException.class).hasMessageContaining("zoe");
    }

    @Test
    void markCuratedIsRefusedWhileItemsAreOpenAndDoneOnceTheyAreDecided() throws Exception {
        openTheSamplesForKari(null);
        int open = sut.queue().size();

        assertThatThrownBy(sut::markCurated).isInstanceOf(CorpusException.class)
                .hasMessageContaining(DOC + "' still has " + open + " open item(s)");
        try (CorpusStore reader = reader()) {
            assertThat(reader.goldState(reader.document(DOC).orElseThrow())).isNotEqualTo(GoldState.CURATED);
        }

        press('m');
        for (int i = 0; i < 500 && !sut.queue().isEmpty(); i++) {
            press('n');
            press('x');
        }
        assertThat(sut.queue()).isEmpty();
        sut.markCurated();

        try (CorpusStore reader = reader()) {
            assertThat(reader.goldState(reader.document(DOC).orElseThrow())).isEqualTo(GoldState.CURATED);
            CurationSession saved = CurationSession.load(reader, reader.document(DOC).orElseThrow(), null, false);
            assertThat(saved.queue()).isEmpty();
            assertThat(saved.status().reviewer()).as("marking curated releases the document").isNull();
            assertThat(saved.decisions())
                    .anySatisfy(d -> assertThat(d.getOrigin()).isEqualTo(DecisionOrigin.AUTO_MERGE))
                    .anySatisfy(d -> assertThat(d.getReviewer()).isEqualTo("kari"));
        }
        assertThat(sut.isDirty()).isFalse();
        assertThat(sut.readOnlyReason()).contains("marked curated");
    }
}
